import "server-only";
import { z } from "zod";
import { limitArg, requireId } from "../args";
import type { IterateOptions, PageCheckpoint } from "../pagination/iterators";
import { QueryBuilder, seg } from "../query";
import {
  UpstreamEffectiveSettings,
  UpstreamOrganizationList,
  UpstreamOrgUserPage,
  UpstreamPermissionPage,
  UpstreamRole,
  UpstreamRolePage,
} from "../schemas/directory";
import { getJson, V1, type CallOptions, type EndpointContext } from "./context";
import { getPage, walkTokenPages } from "./paged-get";

const PageArgs = z.strictObject({ limit: limitArg(1000), page: z.string().min(1).optional() });
export type DirectoryPageParams = z.input<typeof PageArgs>;
export type DirectoryIterateParams = Omit<DirectoryPageParams, "page">;

const pageQuery = (args: z.output<typeof PageArgs>) =>
  new QueryBuilder().set("limit", args.limit).set("page", args.page).params;
/** Every directory listing takes the same params; only the route and the page schema differ. */
const directoryList = <TPage>(route: string, page: z.ZodType<TPage>) => ({
  route,
  args: PageArgs,
  query: pageQuery,
  page,
});

const ORGS = `${V1}/organizations`;
const USERS = `${ORGS}/{org_uuid}/users`;
const ROLES = `${ORGS}/{org_uuid}/roles`;
const PERMISSIONS = `${ROLES}/{role_id}/permissions`;
const LIST_ORGS = directoryList(ORGS, UpstreamOrganizationList);
const LIST_USERS = directoryList(USERS, UpstreamOrgUserPage);
const LIST_ROLES = directoryList(ROLES, UpstreamRolePage);
const LIST_PERMISSIONS = directoryList(PERMISSIONS, UpstreamPermissionPage);
const orgPath = (orgUuid: string) => `${ORGS}/${seg(requireId("orgUuid", orgUuid))}`;
const rolePath = (orgUuid: string, roleId: string) => `${orgPath(orgUuid)}/roles/${seg(requireId("roleId", roleId))}`;

/** O1. Works with both documented forms: paginated (newest) and a bare `{data}` (older). */
export async function listOrganizations(
  ctx: EndpointContext,
  params: DirectoryPageParams = {},
  opts: CallOptions = {},
) {
  return getPage(ctx, LIST_ORGS, ORGS, params, opts);
}
export function iterateOrganizations(
  ctx: EndpointContext,
  params: DirectoryIterateParams = {},
  options: IterateOptions<PageCheckpoint> & CallOptions = {},
) {
  return walkTokenPages(ctx, LIST_ORGS, ORGS, params, (org) => org.uuid, options);
}

/** O2: current members of one organization (needs read:compliance_user_data). */
export async function listUsers(
  ctx: EndpointContext,
  orgUuid: string,
  params: DirectoryPageParams = {},
  opts: CallOptions = {},
) {
  return getPage(ctx, LIST_USERS, `${orgPath(orgUuid)}/users`, params, opts);
}
export function iterateUsers(
  ctx: EndpointContext,
  orgUuid: string,
  params: DirectoryIterateParams = {},
  options: IterateOptions<PageCheckpoint> & CallOptions = {},
) {
  return walkTokenPages(ctx, LIST_USERS, `${orgPath(orgUuid)}/users`, params, (user) => user.id, options);
}

/** O3 */
export async function listRoles(
  ctx: EndpointContext,
  orgUuid: string,
  params: DirectoryPageParams = {},
  opts: CallOptions = {},
) {
  return getPage(ctx, LIST_ROLES, `${orgPath(orgUuid)}/roles`, params, opts);
}
export function iterateRoles(
  ctx: EndpointContext,
  orgUuid: string,
  params: DirectoryIterateParams = {},
  options: IterateOptions<PageCheckpoint> & CallOptions = {},
) {
  return walkTokenPages(ctx, LIST_ROLES, `${orgPath(orgUuid)}/roles`, params, (role) => role.id, options);
}

/** O4 */
export async function getRole(ctx: EndpointContext, orgUuid: string, roleId: string, opts: CallOptions = {}) {
  return getJson(ctx, `${ROLES}/{role_id}`, rolePath(orgUuid, roleId), UpstreamRole, undefined, opts);
}

/** O5 */
export async function listRolePermissions(
  ctx: EndpointContext,
  orgUuid: string,
  roleId: string,
  params: DirectoryPageParams = {},
  opts: CallOptions = {},
) {
  return getPage(ctx, LIST_PERMISSIONS, `${rolePath(orgUuid, roleId)}/permissions`, params, opts);
}
export function iterateRolePermissions(
  ctx: EndpointContext,
  orgUuid: string,
  roleId: string,
  params: DirectoryIterateParams = {},
  options: IterateOptions<PageCheckpoint> & CallOptions = {},
) {
  // Permissions carry no id; the moving-cursor guard still applies.
  return walkTokenPages(ctx, LIST_PERMISSIONS, `${rolePath(orgUuid, roleId)}/permissions`, params, () => null, options);
}

/** O6: effective (enforced) settings; the path takes the bare org UUID. */
export async function getOrganizationSettings(ctx: EndpointContext, organizationId: string, opts: CallOptions = {}) {
  const path = `${ORGS}/${seg(requireId("organizationId", organizationId))}/settings`;
  return getJson(ctx, `${ORGS}/{organization_id}/settings`, path, UpstreamEffectiveSettings, undefined, opts);
}
