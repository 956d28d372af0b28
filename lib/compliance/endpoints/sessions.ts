import "server-only";
import { z } from "zod";
import { DateArg, idListArg, limitArg, OrderArg, parseArgs, RangeArg, requireId } from "../args";
import type { IterateOptions, PageCheckpoint } from "../pagination/iterators";
import { QueryBuilder, seg } from "../query";
import { UpstreamLocalSession, UpstreamLocalSessionMessagePage, UpstreamLocalSessionPage, UpstreamRemoteSessionMessagePage, UpstreamRemoteSessionPage } from "../schemas/sessions";
import { getJson, tokenIterator, V1, type CallOptions, type EndpointContext } from "./context";

const LOCAL = `${V1}/apps/sessions/local`;
const LOCAL_MESSAGES = `${LOCAL}/{local_session_id}/messages`;
const REMOTE = `${V1}/apps/sessions/remote`;
const REMOTE_MESSAGES = `${REMOTE}/{claude_remote_session_id}/messages`;

// Byte caps: -1 = server maximum, 0 is rejected by the server (§5.16).
const ByteCap = z.number().int().min(-1).refine((v) => v !== 0, { message: "must be -1 (server maximum) or a positive number of bytes" }).optional();

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
    if (gte && lt && Date.parse(lt) <= Date.parse(gte)) ctx.addIssue({ code: "custom", path: ["createdAt", "lt"], message: "must be strictly after createdAt.gte" });
  });
export type ListLocalSessionsParams = z.input<typeof ListLocalArgs>;

const MessagesArgs = z.strictObject({ limit: limitArg(1000), order: OrderArg, page: z.string().min(1).optional(), toolUseInputMaxBytes: ByteCap, toolResultMaxBytes: ByteCap });
export type SessionMessagesParams = z.input<typeof MessagesArgs>;

const ListRemoteArgs = z.strictObject({
  organizationIds: idListArg(500),
  userIds: idListArg(10, "; split custodians with planCustodianBatches"),
  createdAt: RangeArg,
  limit: limitArg(500),
  page: z.string().min(1).optional(),
});
export type ListRemoteSessionsParams = z.input<typeof ListRemoteArgs>;

const localQuery = (a: z.output<typeof ListLocalArgs>) => new QueryBuilder().range("created_at", a.createdAt).range("updated_at", a.updatedAt).set("limit", a.limit).set("page", a.page).params;
const messagesQuery = (a: z.output<typeof MessagesArgs>) =>
  new QueryBuilder().set("limit", a.limit).set("order", a.order).set("page", a.page).set("tool_use_input_max_bytes", a.toolUseInputMaxBytes).set("tool_result_max_bytes", a.toolResultMaxBytes).params;
const remoteQuery = (a: z.output<typeof ListRemoteArgs>) =>
  new QueryBuilder().list("organization_ids", a.organizationIds).list("user_ids", a.userIds).range("created_at", a.createdAt).set("limit", a.limit).set("page", a.page).params;
const localPath = (id: string) => `${LOCAL}/${seg(requireId("sessionId", id))}`;
const remoteMessagesPath = (id: string) => `${REMOTE}/${seg(requireId("sessionId", id))}/messages`;

/** LS1: newest first; pages end with `next_page: null` (no has_more). Finish a walk within 24 h. */
export async function listLocalSessions(ctx: EndpointContext, params: ListLocalSessionsParams = {}, opts: CallOptions = {}) {
  return getJson(ctx, LOCAL, LOCAL, UpstreamLocalSessionPage, localQuery(parseArgs(ListLocalArgs, params)), opts);
}
export function iterateLocalSessions(ctx: EndpointContext, params: Omit<ListLocalSessionsParams, "page"> = {}, options: IterateOptions<PageCheckpoint> & CallOptions = {}) {
  const args = parseArgs(ListLocalArgs, params);
  return tokenIterator(LOCAL, (page) => getJson(ctx, LOCAL, LOCAL, UpstreamLocalSessionPage, localQuery({ ...args, page }), options), (s) => s.id, options);
}
/** LS2 */
export async function getLocalSession(ctx: EndpointContext, sessionId: string, opts: CallOptions = {}) {
  return getJson(ctx, `${LOCAL}/{local_session_id}`, localPath(sessionId), UpstreamLocalSession, undefined, opts);
}
/** LS3: `{ session, data, next_page }`; pages may be short or empty while more remain. */
export async function listLocalSessionMessages(ctx: EndpointContext, sessionId: string, params: SessionMessagesParams = {}, opts: CallOptions = {}) {
  return getJson(ctx, LOCAL_MESSAGES, `${localPath(sessionId)}/messages`, UpstreamLocalSessionMessagePage, messagesQuery(parseArgs(MessagesArgs, params)), opts);
}
export function iterateLocalSessionMessages(ctx: EndpointContext, sessionId: string, params: Omit<SessionMessagesParams, "page"> = {}, options: IterateOptions<PageCheckpoint> & CallOptions = {}) {
  const path = `${localPath(sessionId)}/messages`;
  const args = parseArgs(MessagesArgs, params);
  return tokenIterator(LOCAL_MESSAGES, (page) => getJson(ctx, LOCAL_MESSAGES, path, UpstreamLocalSessionMessagePage, messagesQuery({ ...args, page }), options), (m) => m.id, options);
}
/** RS1: newest first; has its own extra rate budget upstream (429s say retry-after: 1). */
export async function listRemoteSessions(ctx: EndpointContext, params: ListRemoteSessionsParams = {}, opts: CallOptions = {}) {
  return getJson(ctx, REMOTE, REMOTE, UpstreamRemoteSessionPage, remoteQuery(parseArgs(ListRemoteArgs, params)), opts);
}
export function iterateRemoteSessions(ctx: EndpointContext, params: Omit<ListRemoteSessionsParams, "page"> = {}, options: IterateOptions<PageCheckpoint> & CallOptions = {}) {
  const args = parseArgs(ListRemoteArgs, params);
  return tokenIterator(REMOTE, (page) => getJson(ctx, REMOTE, REMOTE, UpstreamRemoteSessionPage, remoteQuery({ ...args, page }), options), (s) => s.id, options);
}
/** RS2: `session` fields user.email_address / started_by_user / claude_project_id are always null here; read them from RS1. */
export async function listRemoteSessionMessages(ctx: EndpointContext, sessionId: string, params: SessionMessagesParams = {}, opts: CallOptions = {}) {
  return getJson(ctx, REMOTE_MESSAGES, remoteMessagesPath(sessionId), UpstreamRemoteSessionMessagePage, messagesQuery(parseArgs(MessagesArgs, params)), opts);
}
export function iterateRemoteSessionMessages(ctx: EndpointContext, sessionId: string, params: Omit<SessionMessagesParams, "page"> = {}, options: IterateOptions<PageCheckpoint> & CallOptions = {}) {
  const path = remoteMessagesPath(sessionId);
  const args = parseArgs(MessagesArgs, params);
  return tokenIterator(REMOTE_MESSAGES, (page) => getJson(ctx, REMOTE_MESSAGES, path, UpstreamRemoteSessionMessagePage, messagesQuery({ ...args, page }), options), (m) => m.id, options);
}
