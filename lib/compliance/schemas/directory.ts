import "server-only";
import { z } from "zod";
import { pageTokenPage, UpstreamTimestamp } from "./common";

export const UpstreamOrganization = z.looseObject({
  uuid: z.string(),
  name: z.string(),
  created_at: UpstreamTimestamp.optional(),
});
export type UpstreamOrganization = z.infer<typeof UpstreamOrganization>;
/** O1 in both forms: newest `{data, has_more, next_page}`, older `{data}` (no pagination). */
export const UpstreamOrganizationList = pageTokenPage(UpstreamOrganization);
export type UpstreamOrganizationList = z.infer<typeof UpstreamOrganizationList>;

/** Built-in roles documented for `organization_role`; others pass through. */
export const KNOWN_ORGANIZATION_ROLES = [
  "admin",
  "billing",
  "claude_code_user",
  "developer",
  "managed",
  "membership_admin",
  "owner",
  "primary_owner",
  "user",
] as const;
export const UpstreamOrgUser = z.looseObject({
  id: z.string(),
  full_name: z.string().nullish(),
  email: z.string(),
  created_at: UpstreamTimestamp.nullish(),
  organization_role: z.string().optional(),
});
export type UpstreamOrgUser = z.infer<typeof UpstreamOrgUser>;
export const UpstreamOrgUserPage = pageTokenPage(UpstreamOrgUser);

export const UpstreamRole = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  created_at: UpstreamTimestamp.nullish(),
  updated_at: UpstreamTimestamp.nullish(),
});
export type UpstreamRole = z.infer<typeof UpstreamRole>;
export const UpstreamRolePage = pageTokenPage(UpstreamRole);

export const UpstreamPermission = z.looseObject({
  resource_type: z.string(),
  resource_id: z.string().nullish(),
  action: z.string(),
});
export type UpstreamPermission = z.infer<typeof UpstreamPermission>;
export const UpstreamPermissionPage = pageTokenPage(UpstreamPermission);

export const UpstreamGroup = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  /** "direct" | "scim" documented; open set. */
  source_type: z.string().nullish(),
  roles: z.array(z.string()).nullish(),
  created_at: UpstreamTimestamp.nullish(),
  updated_at: UpstreamTimestamp.nullish(),
});
export type UpstreamGroup = z.infer<typeof UpstreamGroup>;
export const UpstreamGroupPage = pageTokenPage(UpstreamGroup);

export const UpstreamGroupMember = z.looseObject({
  user_id: z.string(),
  email: z.string().nullish(),
  created_at: UpstreamTimestamp.nullish(),
  updated_at: UpstreamTimestamp.nullish(),
});
export type UpstreamGroupMember = z.infer<typeof UpstreamGroupMember>;
export const UpstreamGroupMemberPage = pageTokenPage(UpstreamGroupMember);

/** O6: settings admins can't change are omitted, so a missing name means "not enforced", not "off". */
export const UpstreamEffectiveSettings = z.looseObject({
  type: z.string().optional(),
  organization_id: z.string(),
  api_keys: z.array(
    z.looseObject({
      id: z.string(),
      created_at: UpstreamTimestamp.nullish(),
      created_by_id: z.string().nullish(),
      is_active: z.boolean(),
      name: z.string().nullish(),
      scopes: z.array(z.string()),
      type: z.string().optional(),
    }),
  ),
  // The value's shape depends on the setting (boolean, integer, string list, object): keep it as given.
  settings: z.array(z.looseObject({ type: z.string().optional(), name: z.string().optional(), value: z.unknown() })),
});
export type UpstreamEffectiveSettings = z.infer<typeof UpstreamEffectiveSettings>;
