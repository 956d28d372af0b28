import "server-only";
import { z } from "zod";
import { limitArg, requireId } from "../args";
import type { IterateOptions, PageCheckpoint } from "../pagination/iterators";
import { QueryBuilder, seg } from "../query";
import { UpstreamGroup, UpstreamGroupMemberPage, UpstreamGroupPage } from "../schemas/directory";
import { getJson, V1, type CallOptions, type EndpointContext } from "./context";
import { getPage, walkTokenPages } from "./paged-get";

const GROUPS = `${V1}/groups`;
const MEMBERS = `${GROUPS}/{group_id}/members`;

const ListGroupsArgs = z.strictObject({
  limit: limitArg(1000),
  page: z.string().min(1).optional(),
  namePrefix: z.string().min(1).optional(),
});
export type ListGroupsParams = z.input<typeof ListGroupsArgs>;
const MembersArgs = z.strictObject({ limit: limitArg(1000), page: z.string().min(1).optional() });
export type ListGroupMembersParams = z.input<typeof MembersArgs>;

const groupsQuery = (a: z.output<typeof ListGroupsArgs>) =>
  new QueryBuilder().set("limit", a.limit).set("name_prefix", a.namePrefix).set("page", a.page).params;
const membersQuery = (a: z.output<typeof MembersArgs>) =>
  new QueryBuilder().set("limit", a.limit).set("page", a.page).params;
const membersPath = (groupId: string) => `${GROUPS}/${seg(requireId("groupId", groupId))}/members`;
const LIST_GROUPS = { route: GROUPS, args: ListGroupsArgs, query: groupsQuery, page: UpstreamGroupPage };
const LIST_MEMBERS = { route: MEMBERS, args: MembersArgs, query: membersQuery, page: UpstreamGroupMemberPage };

/** G1: every group across the hierarchy (not under an org). */
export async function listGroups(ctx: EndpointContext, params: ListGroupsParams = {}, opts: CallOptions = {}) {
  return getPage(ctx, LIST_GROUPS, GROUPS, params, opts);
}
export function iterateGroups(
  ctx: EndpointContext,
  params: Omit<ListGroupsParams, "page"> = {},
  options: IterateOptions<PageCheckpoint> & CallOptions = {},
) {
  return walkTokenPages(ctx, LIST_GROUPS, GROUPS, params, (group) => group.id, options);
}

/** G2 */
export async function getGroup(ctx: EndpointContext, groupId: string, opts: CallOptions = {}) {
  return getJson(
    ctx,
    `${GROUPS}/{group_id}`,
    `${GROUPS}/${seg(requireId("groupId", groupId))}`,
    UpstreamGroup,
    undefined,
    opts,
  );
}

/** G3: members carry no name; join with O2 for `full_name`. Needs read:compliance_user_data. */
export async function listGroupMembers(
  ctx: EndpointContext,
  groupId: string,
  params: ListGroupMembersParams = {},
  opts: CallOptions = {},
) {
  return getPage(ctx, LIST_MEMBERS, membersPath(groupId), params, opts);
}
export function iterateGroupMembers(
  ctx: EndpointContext,
  groupId: string,
  params: Omit<ListGroupMembersParams, "page"> = {},
  options: IterateOptions<PageCheckpoint> & CallOptions = {},
) {
  return walkTokenPages(ctx, LIST_MEMBERS, membersPath(groupId), params, (m) => m.user_id, options);
}
