import "server-only";
import { z } from "zod";
import { DateArg, idListArg, limitArg, OrderArg, RangeArg, requireId } from "../args";
import type { IterateOptions, PageCheckpoint } from "../pagination/iterators";
import { QueryBuilder, seg } from "../query";
import {
  UpstreamLocalSession,
  UpstreamLocalSessionMessagePage,
  UpstreamLocalSessionPage,
  UpstreamRemoteSessionMessagePage,
  UpstreamRemoteSessionPage,
} from "../schemas/sessions";
import { getJson, V1, type CallOptions, type EndpointContext } from "./context";
import { getPage, walkTokenPages } from "./paged-get";

const LOCAL = `${V1}/apps/sessions/local`;
const LOCAL_MESSAGES = `${LOCAL}/{local_session_id}/messages`;
const REMOTE = `${V1}/apps/sessions/remote`;
const REMOTE_MESSAGES = `${REMOTE}/{claude_remote_session_id}/messages`;

// Byte caps: -1 = server maximum, 0 is rejected by the server (§5.16).
const ByteCap = z
  .number()
  .int()
  .min(-1)
  .refine((v) => v !== 0, { message: "must be -1 (server maximum) or a positive number of bytes" })
  .optional();

const ListLocalArgs = z
  .strictObject({
    // Local sessions only filter on created_at.gte / .lt, and updated_at.gte ("active since").
    createdAt: z.strictObject({ gte: DateArg.optional(), lt: DateArg.optional() }).optional(),
    updatedAt: z.strictObject({ gte: DateArg.optional() }).optional(),
    limit: limitArg(500),
    page: z.string().min(1).optional(),
  })
  .superRefine((a, ctx) => {
    const { gte, lt } = a.createdAt ?? {};
    if (gte && lt && Date.parse(lt) <= Date.parse(gte))
      ctx.addIssue({ code: "custom", path: ["createdAt", "lt"], message: "must be strictly after createdAt.gte" });
  });
export type ListLocalSessionsParams = z.input<typeof ListLocalArgs>;

const MessagesArgs = z.strictObject({
  limit: limitArg(1000),
  order: OrderArg,
  page: z.string().min(1).optional(),
  toolUseInputMaxBytes: ByteCap,
  toolResultMaxBytes: ByteCap,
});
export type SessionMessagesParams = z.input<typeof MessagesArgs>;

const ListRemoteArgs = z.strictObject({
  organizationIds: idListArg(500),
  userIds: idListArg(10, "; split custodians with planCustodianBatches"),
  createdAt: RangeArg,
  limit: limitArg(500),
  page: z.string().min(1).optional(),
});
export type ListRemoteSessionsParams = z.input<typeof ListRemoteArgs>;

const localQuery = (a: z.output<typeof ListLocalArgs>) =>
  new QueryBuilder()
    .range("created_at", a.createdAt)
    .range("updated_at", a.updatedAt)
    .set("limit", a.limit)
    .set("page", a.page).params;
const messagesQuery = (a: z.output<typeof MessagesArgs>) =>
  new QueryBuilder()
    .set("limit", a.limit)
    .set("order", a.order)
    .set("page", a.page)
    .set("tool_use_input_max_bytes", a.toolUseInputMaxBytes)
    .set("tool_result_max_bytes", a.toolResultMaxBytes).params;
const remoteQuery = (a: z.output<typeof ListRemoteArgs>) =>
  new QueryBuilder()
    .list("organization_ids", a.organizationIds)
    .list("user_ids", a.userIds)
    .range("created_at", a.createdAt)
    .set("limit", a.limit)
    .set("page", a.page).params;
const localPath = (id: string) => `${LOCAL}/${seg(requireId("sessionId", id))}`;
const remoteMessagesPath = (id: string) => `${REMOTE}/${seg(requireId("sessionId", id))}/messages`;
const LIST_LOCAL = { route: LOCAL, args: ListLocalArgs, query: localQuery, page: UpstreamLocalSessionPage };
const LIST_LOCAL_MESSAGES = {
  route: LOCAL_MESSAGES,
  args: MessagesArgs,
  query: messagesQuery,
  page: UpstreamLocalSessionMessagePage,
};
const LIST_REMOTE = { route: REMOTE, args: ListRemoteArgs, query: remoteQuery, page: UpstreamRemoteSessionPage };
const LIST_REMOTE_MESSAGES = {
  route: REMOTE_MESSAGES,
  args: MessagesArgs,
  query: messagesQuery,
  page: UpstreamRemoteSessionMessagePage,
};

/** LS1: newest first; pages end with `next_page: null` (no has_more). Finish a walk within 24 h. */
export async function listLocalSessions(
  ctx: EndpointContext,
  params: ListLocalSessionsParams = {},
  opts: CallOptions = {},
) {
  return getPage(ctx, LIST_LOCAL, LOCAL, params, opts);
}
export function iterateLocalSessions(
  ctx: EndpointContext,
  params: Omit<ListLocalSessionsParams, "page"> = {},
  options: IterateOptions<PageCheckpoint> & CallOptions = {},
) {
  return walkTokenPages(ctx, LIST_LOCAL, LOCAL, params, (s) => s.id, options);
}
/** LS2 */
export async function getLocalSession(ctx: EndpointContext, sessionId: string, opts: CallOptions = {}) {
  return getJson(ctx, `${LOCAL}/{local_session_id}`, localPath(sessionId), UpstreamLocalSession, undefined, opts);
}
/** LS3: `{ session, data, next_page }`; pages may be short or empty while more remain. */
export async function listLocalSessionMessages(
  ctx: EndpointContext,
  sessionId: string,
  params: SessionMessagesParams = {},
  opts: CallOptions = {},
) {
  return getPage(ctx, LIST_LOCAL_MESSAGES, `${localPath(sessionId)}/messages`, params, opts);
}
export function iterateLocalSessionMessages(
  ctx: EndpointContext,
  sessionId: string,
  params: Omit<SessionMessagesParams, "page"> = {},
  options: IterateOptions<PageCheckpoint> & CallOptions = {},
) {
  return walkTokenPages(ctx, LIST_LOCAL_MESSAGES, `${localPath(sessionId)}/messages`, params, (m) => m.id, options);
}
/** RS1: newest first; has its own extra rate budget upstream (429s say retry-after: 1). */
export async function listRemoteSessions(
  ctx: EndpointContext,
  params: ListRemoteSessionsParams = {},
  opts: CallOptions = {},
) {
  return getPage(ctx, LIST_REMOTE, REMOTE, params, opts);
}
export function iterateRemoteSessions(
  ctx: EndpointContext,
  params: Omit<ListRemoteSessionsParams, "page"> = {},
  options: IterateOptions<PageCheckpoint> & CallOptions = {},
) {
  return walkTokenPages(ctx, LIST_REMOTE, REMOTE, params, (s) => s.id, options);
}
/** RS2: `session` fields user.email_address / started_by_user / claude_project_id are always null here; read them from RS1. */
export async function listRemoteSessionMessages(
  ctx: EndpointContext,
  sessionId: string,
  params: SessionMessagesParams = {},
  opts: CallOptions = {},
) {
  return getPage(ctx, LIST_REMOTE_MESSAGES, remoteMessagesPath(sessionId), params, opts);
}
export function iterateRemoteSessionMessages(
  ctx: EndpointContext,
  sessionId: string,
  params: Omit<SessionMessagesParams, "page"> = {},
  options: IterateOptions<PageCheckpoint> & CallOptions = {},
) {
  return walkTokenPages(ctx, LIST_REMOTE_MESSAGES, remoteMessagesPath(sessionId), params, (m) => m.id, options);
}
