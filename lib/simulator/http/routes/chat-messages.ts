import { badRequest, notFound } from "../errors";
import { decodeCursor, encodeCursor } from "../paging/cursor";
import { cursorPage } from "../paging/cursor-page";
import type { Key } from "../paging/keys";
import { limitParam, timeRange as timeParams, type QuerySpec } from "../query/spec";
import { json, type Route } from "../route";
import { capMessage, chatCap } from "../tool-caps";
import { timeMatches } from "../paging/keys";
import { bounds, hasBounds, rangeOf } from "./shared";

const QUERY: QuerySpec = {
  limit: limitParam(1000),
  after_id: { kind: "string" },
  before_id: { kind: "string" },
  order: { kind: "enum", values: ["asc", "desc"] },
  ...timeParams("created_at"),
  ...timeParams("updated_at"),
  tool_use_input_max_chars: { kind: "cap", allowZero: true },
  tool_result_max_chars: { kind: "cap", allowZero: true },
};

function readCursor(raw: string | undefined, param: string, chatId: string): Key | undefined {
  if (raw === undefined) return undefined;
  const c = decodeCursor(raw);
  if (!c || c.e !== "C2" || c.b !== chatId) throw badRequest(`Invalid pagination cursor for '${param}'`);
  return c.k;
}

/** C2: the chat record plus its messages; without `limit`, every message in one response (reference §5.9). */
export const chatMessagesRoute: Route = {
  id: "C2",
  method: "GET",
  template: "/v1/compliance/apps/chats/{claude_chat_id}/messages",
  scope: "read:compliance_user_data",
  query: QUERY,
  handle: (ctx) => {
    const q = ctx.query;
    const chatId = ctx.params.claude_chat_id;
    const chat = ctx.env.store.chat(chatId);
    const messages = chat ? ctx.env.store.messages(chatId) : undefined;
    if (!chat || !messages) throw notFound(`Chat conversation not found: '${chatId}'`);
    if (q.has("after_id") && q.has("before_id")) throw badRequest("Only one of after_id and before_id may be given.");
    const updated = bounds(q, "updated_at");
    const page = cursorPage({
      colls: [messages],
      desc: q.str("order") === "desc",
      range: rangeOf(q, "created_at"),
      after: readCursor(q.str("after_id"), "after_id", chatId),
      before: readCursor(q.str("before_id"), "before_id", chatId),
      limit: q.int("limit") ?? Infinity,
      // Messages carry no updated_at of their own: a message is last updated when it was created.
      accept: hasBounds(updated) ? (m) => timeMatches(m.updated_at ?? m.created_at, updated) : undefined,
      cursorOf: (k) => encodeCursor({ e: "C2", k, b: chatId }),
    });
    const caps = {
      unit: "chars" as const,
      toolUseInput: chatCap(q.int("tool_use_input_max_chars")),
      toolResult: chatCap(q.int("tool_result_max_chars")),
    };
    return json({
      ...chat,
      chat_messages: page.data.map((m) => capMessage(m, caps)),
      has_more: page.has_more,
      first_id: page.first_id,
      last_id: page.last_id,
    });
  },
};
