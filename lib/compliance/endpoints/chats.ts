import "server-only";
import { z } from "zod";
import { CursorArgs, idListArg, limitArg, oneCursor, OrderArg, RangeArg, requireId } from "../args";
import type { CursorCheckpoint, IterateOptions } from "../pagination/iterators";
import { QueryBuilder, seg } from "../query";
import { UpstreamDeleted } from "../schemas/common";
import { UpstreamChatPage, UpstreamChatWithMessages } from "../schemas/chats";
import { deleteJson, V1, type CallOptions, type EndpointContext } from "./context";
import { getPage, walkCursorPages } from "./paged-get";

const CHATS = `${V1}/apps/chats`;
const MESSAGES = `${CHATS}/{claude_chat_id}/messages`;

const ListChatsArgs = z
  .strictObject({
    userIds: idListArg(10, "; split custodians with planCustodianBatches"),
    organizationIds: idListArg(1000),
    projectIds: idListArg(1000),
    orderBy: z.enum(["created_at", "updated_at"]).optional(),
    createdAt: RangeArg,
    updatedAt: RangeArg,
    limit: limitArg(1000),
    ...CursorArgs,
  })
  .superRefine(oneCursor)
  .superRefine((a, ctx) => {
    // Documented server rules (§5.8), checked here so the mistake costs no request.
    const perUser = (a.userIds?.length ?? 0) > 0;
    if (a.projectIds?.length && !perUser)
      ctx.addIssue({ code: "custom", path: ["projectIds"], message: "requires userIds (not supported org-wide)" });
    if (perUser && a.orderBy === "updated_at")
      ctx.addIssue({
        code: "custom",
        path: ["orderBy"],
        message: "updated_at ordering is only for org-wide queries (omit userIds)",
      });
    if (perUser && a.updatedAt)
      ctx.addIssue({
        code: "custom",
        path: ["updatedAt"],
        message: "updated_at filters are rejected with userIds; use createdAt",
      });
    if (!perUser && a.beforeId !== undefined)
      ctx.addIssue({ code: "custom", path: ["beforeId"], message: "org-wide chat queries do not support beforeId" });
    const byUpdated = a.orderBy === "updated_at";
    if (!perUser && byUpdated && a.createdAt)
      ctx.addIssue({
        code: "custom",
        path: ["createdAt"],
        message: "org-wide filters must match orderBy (use updatedAt with orderBy updated_at)",
      });
    if (!perUser && !byUpdated && a.updatedAt)
      ctx.addIssue({ code: "custom", path: ["updatedAt"], message: 'requires orderBy: "updated_at"' });
  });
export type ListChatsParams = z.input<typeof ListChatsArgs>;
export type IterateChatsParams = Omit<ListChatsParams, "afterId" | "beforeId">;

function chatsQuery(a: z.output<typeof ListChatsArgs>): URLSearchParams {
  return new QueryBuilder()
    .list("user_ids", a.userIds)
    .list("organization_ids", a.organizationIds)
    .list("project_ids", a.projectIds)
    .set("order_by", a.orderBy)
    .range("created_at", a.createdAt)
    .range("updated_at", a.updatedAt)
    .set("after_id", a.afterId)
    .set("before_id", a.beforeId)
    .set("limit", a.limit).params;
}
const LIST_CHATS = { route: CHATS, args: ListChatsArgs, query: chatsQuery, page: UpstreamChatPage };

/** C1: one page of chat metadata (oldest first; after_id goes newer). */
export async function listChats(ctx: EndpointContext, params: ListChatsParams = {}, opts: CallOptions = {}) {
  return getPage(ctx, LIST_CHATS, CHATS, params, opts);
}
/** C1 walk, resumable from `{ after_id }` (cursors are bound to orderBy: resume with the same params). */
export function iterateChats(
  ctx: EndpointContext,
  params: IterateChatsParams = {},
  options: IterateOptions<CursorCheckpoint> & CallOptions = {},
) {
  return walkCursorPages(ctx, LIST_CHATS, CHATS, params, (page) => page.data, options);
}

const MessagesArgs = z
  .strictObject({
    /** Omit to get every message in one response. */
    limit: limitArg(1000),
    order: OrderArg,
    createdAt: RangeArg,
    updatedAt: RangeArg,
    toolUseInputMaxChars: z.number().int().min(-1).optional(),
    toolResultMaxChars: z.number().int().min(-1).optional(),
    ...CursorArgs,
  })
  .superRefine(oneCursor);
export type ChatMessagesParams = z.input<typeof MessagesArgs>;

function messagesQuery(a: z.output<typeof MessagesArgs>): URLSearchParams {
  return new QueryBuilder()
    .set("limit", a.limit)
    .set("order", a.order)
    .range("created_at", a.createdAt)
    .range("updated_at", a.updatedAt)
    .set("tool_use_input_max_chars", a.toolUseInputMaxChars)
    .set("tool_result_max_chars", a.toolResultMaxChars)
    .set("after_id", a.afterId)
    .set("before_id", a.beforeId).params;
}
const messagesPath = (chatId: string) => `${CHATS}/${seg(requireId("chatId", chatId))}/messages`;
const CHAT_MESSAGES = { route: MESSAGES, args: MessagesArgs, query: messagesQuery, page: UpstreamChatWithMessages };

/** C2: the chat's metadata plus a page of its messages (the only way to read one chat). */
export async function getChatMessages(
  ctx: EndpointContext,
  chatId: string,
  params: ChatMessagesParams = {},
  opts: CallOptions = {},
) {
  return getPage(ctx, CHAT_MESSAGES, messagesPath(chatId), params, opts);
}

/** C2 walk: pages of `{ ...chat, chat_messages }`, resumable from `{ after_id }`. */
export function iterateChatMessages(
  ctx: EndpointContext,
  chatId: string,
  params: Omit<ChatMessagesParams, "afterId" | "beforeId"> = {},
  options: IterateOptions<CursorCheckpoint> & CallOptions = {},
) {
  return walkCursorPages(ctx, CHAT_MESSAGES, messagesPath(chatId), params, (page) => page.chat_messages, options);
}

/** C3: permanent; also removes the chat's messages and attached files. */
export async function deleteChat(ctx: EndpointContext, chatId: string, opts: CallOptions = {}) {
  return deleteJson(
    ctx,
    `${CHATS}/{claude_chat_id}`,
    `${CHATS}/${seg(requireId("chatId", chatId))}`,
    UpstreamDeleted,
    opts,
  );
}
