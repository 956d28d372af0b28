import "server-only";
import { z } from "zod";
import { pageTokenPage, UpstreamSizeBytes, UpstreamTimestamp, UpstreamUserRef } from "./common";

export const UpstreamProject = z.looseObject({
  id: z.string(),
  name: z.string(),
  created_at: UpstreamTimestamp,
  updated_at: UpstreamTimestamp.nullish(),
  deleted_at: UpstreamTimestamp.nullish(),
  is_private: z.boolean().optional(),
  organization_uuid: z.string().nullish(),
  organization_id: z.string().nullish(),
  user: UpstreamUserRef.nullish(),
});
export type UpstreamProject = z.infer<typeof UpstreamProject>;
export const UpstreamProjectPage = pageTokenPage(UpstreamProject);
export type UpstreamProjectPage = z.infer<typeof UpstreamProjectPage>;

export const UpstreamProjectDetail = UpstreamProject.extend({
  description: z.string().nullish(),
  instructions: z.string().nullish(),
  chats_count: z.number().int().nullish(),
  attachments_count: z.number().int().nullish(),
});
export type UpstreamProjectDetail = z.infer<typeof UpstreamProjectDetail>;

/** Union on `type`: "project_file" (→ F1/F2) or "project_doc" (→ D1); unknown types pass through. */
export const UpstreamProjectAttachment = z.looseObject({
  type: z.string(),
  id: z.string(),
  created_at: UpstreamTimestamp.nullish(),
  filename: z.string().nullish(),
  mime_type: z.string().nullish(),
  md5: z.string().nullish(),
  size_bytes: UpstreamSizeBytes,
});
export type UpstreamProjectAttachment = z.infer<typeof UpstreamProjectAttachment>;
export const UpstreamProjectAttachmentPage = pageTokenPage(UpstreamProjectAttachment);

/** One active role assignment; `type` is user | group | organization | organization_role (open set). */
export const UpstreamProjectCollaborator = z.looseObject({
  type: z.string(),
  granted_at: UpstreamTimestamp.nullish(),
  role: z.string(),
  user_id: z.string().nullish(),
  group_id: z.string().optional(),
  organization_uuid: z.string().optional(),
  organization_role: z.string().optional(),
});
export type UpstreamProjectCollaborator = z.infer<typeof UpstreamProjectCollaborator>;
export const UpstreamProjectCollaboratorPage = pageTokenPage(UpstreamProjectCollaborator);
