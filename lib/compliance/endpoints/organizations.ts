import "server-only";
import { z } from "zod";
import { limitArg, parseArgs, requireId } from "../args";
import type { IterateOptions, PageCheckpoint } from "../pagination/iterators";
import { QueryBuilder, seg } from "../query";
import { UpstreamEffectiveSettings, UpstreamOrganizationList, UpstreamOrgUserPage, UpstreamPermissionPage, UpstreamRole, UpstreamRolePage } from "../schemas/directory";
import { getJson, tokenIterator, V1, type CallOptions, type EndpointContext } from "./context";

const PageArgs = z.strictObject({ limit: limitArg(1000), page: z.string().min(1).optional() });
export type DirectoryPageParams = z.input<typeof PageArgs>;
export type DirectoryIterateParams = Omit<DirectoryPageParams, "page">;

const pageQuery = (args: z.output<typeof PageArgs>) => new QueryBuilder().set("limit", args.limit).set("page", args.page).params;
const ORGS = `${V1}/organizations`;

/** O1. Works with both documented forms: paginated (newest) and a bare `{data}` (older). */
export async function listOrganizations(ctx: EndpointContext, params: DirectoryPageParams = {}, opts: CallOptions = {}) {
  const args = parseArgs(PageArgs, params);
  return getJson(ctx, ORGS, ORGS, UpstreamOrganizationList, pageQuery(args), opts);
}
export function iterateOrganizations(ctx: EndpointContext, params: DirectoryIterateParams = {}, options: IterateOptions<PageCheckpoint> & CallOptions = {}) {
  const args = parseArgs(PageArgs, params);
  return tokenIterator(ORGS, (page) => getJson(ctx, ORGS, ORGS, UpstreamOrganizationList, pageQuery({ ...args, page }), options), (org) => org.uuid, options);
}

const USERS = `${ORGS}/{org_uuid}/users`;
/** O2: current members of one organization (needs read:compliance_user_data). */
export async function listUsers(ctx: EndpointContext, orgUuid: string, params: DirectoryPageParams = {}, opts: CallOptions = {}) {
  const path = `${ORGS}/${seg(requireId("orgUuid", orgUuid))}/users`;
  return getJson(ctx, USERS, path, UpstreamOrgUserPage, pageQuery(parseArgs(PageArgs, params)), opts);
}
export function iterateUsers(ctx: EndpointContext, orgUuid: string, params: DirectoryIterateParams = {}, options: IterateOptions<PageCheckpoint> & CallOptions = {}) {
  const path = `${ORGS}/${seg(requireId("orgUuid", orgUuid))}/users`;
  const args = parseArgs(PageArgs, params);
  return tokenIterator(USERS, (page) => getJson(ctx, USERS, path, UpstreamOrgUserPage, pageQuery({ ...args, page }), options), (user) => user.id, options);
}

const ROLES = `${ORGS}/{org_uuid}/roles`;
/** O3 */
export async function listRoles(ctx: EndpointContext, orgUuid: string, params: DirectoryPageParams = {}, opts: CallOptions = {}) {
  const path = `${ORGS}/${seg(requireId("orgUuid", orgUuid))}/roles`;
  return getJson(ctx, ROLES, path, UpstreamRolePage, pageQuery(parseArgs(PageArgs, params)), opts);
}
export function iterateRoles(ctx: EndpointContext, orgUuid: string, params: DirectoryIterateParams = {}, options: IterateOptions<PageCheckpoint> & CallOptions = {}) {
  const path = `${ORGS}/${seg(requireId("orgUuid", orgUuid))}/roles`;
  const args = parseArgs(PageArgs, params);
  return tokenIterator(ROLES, (page) => getJson(ctx, ROLES, path, UpstreamRolePage, pageQuery({ ...args, page }), options), (role) => role.id, options);
}

/** O4 */
export async function getRole(ctx: EndpointContext, orgUuid: string, roleId: string, opts: CallOptions = {}) {
  const path = `${ORGS}/${seg(requireId("orgUuid", orgUuid))}/roles/${seg(requireId("roleId", roleId))}`;
  return getJson(ctx, `${ROLES}/{role_id}`, path, UpstreamRole, undefined, opts);
}

const PERMISSIONS = `${ROLES}/{role_id}/permissions`;
/** O5 */
export async function listRolePermissions(ctx: EndpointContext, orgUuid: string, roleId: string, params: DirectoryPageParams = {}, opts: CallOptions = {}) {
  const path = `${ORGS}/${seg(requireId("orgUuid", orgUuid))}/roles/${seg(requireId("roleId", roleId))}/permissions`;
  return getJson(ctx, PERMISSIONS, path, UpstreamPermissionPage, pageQuery(parseArgs(PageArgs, params)), opts);
}
export function iterateRolePermissions(ctx: EndpointContext, orgUuid: string, roleId: string, params: DirectoryIterateParams = {}, options: IterateOptions<PageCheckpoint> & CallOptions = {}) {
  const path = `${ORGS}/${seg(requireId("orgUuid", orgUuid))}/roles/${seg(requireId("roleId", roleId))}/permissions`;
  const args = parseArgs(PageArgs, params);
  // Permissions carry no id; the moving-cursor guard still applies.
  return tokenIterator(PERMISSIONS, (page) => getJson(ctx, PERMISSIONS, path, UpstreamPermissionPage, pageQuery({ ...args, page }), options), () => null, options);
}

/** O6: effective (enforced) settings; the path takes the bare org UUID. */
export async function getOrganizationSettings(ctx: EndpointContext, organizationId: string, opts: CallOptions = {}) {
  const path = `${ORGS}/${seg(requireId("organizationId", organizationId))}/settings`;
  return getJson(ctx, `${ORGS}/{organization_id}/settings`, path, UpstreamEffectiveSettings, undefined, opts);
}
