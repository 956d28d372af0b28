import "server-only";
import { z } from "zod";
import type { ComplianceClient } from "@/lib/compliance";
import { CHAT_SORT_SCAN_CAP, type ChatPageDto, type ChatSummaryDto, type ListChatsQuery } from "@/lib/schemas/investigate";
import { audited, custodianTargets, type VerbAudit } from "../investigate/audited";
import { decodeCursor, encodeCursor } from "../investigate/cursor";
import { toChatSummary } from "./to-chat-summary";

export type ListChatsInput = z.output<typeof ListChatsQuery>;

const CREATED = "chats.created";
const UPDATED = "chats.updated";

/**
 * The custodians' chats created in the window (C1 with `user_ids[]` + `created_at.gte/lt`). Audited as `chat.list`
 * with the custodians as targets. See ChatSort for how `updated_at` ordering is done.
 */
export async function listChats({ client, audit, input }: { client: ComplianceClient; audit: VerbAudit; input: ListChatsInput }): Promise<ChatPageDto> {
  const position =
    input.sort === "created_at"
      ? { afterId: input.cursor ? decodeCursor(CREATED, input.cursor, z.object({ a: z.string().min(1) })).a : undefined, offset: 0 }
      : { afterId: undefined, offset: input.cursor ? decodeCursor(UPDATED, input.cursor, z.object({ o: z.number().int().min(0) })).o : 0 };
  return audited(
    audit,
    {
      action: "chat.list",
      targets: custodianTargets(input.user_ids),
      details: { from: input.from, to: input.to, sort: input.sort },
      after: (page) => ({ details: { count: page.items.length } }),
    },
    () => (input.sort === "created_at" ? byCreated(client, input, position.afterId) : byUpdated(client, input, position.offset)),
  );
}

async function byCreated(client: ComplianceClient, input: ListChatsInput, afterId: string | undefined): Promise<ChatPageDto> {
  const page = await client.chats.list({ userIds: input.user_ids, createdAt: { gte: input.from, lt: input.to }, limit: input.limit, afterId });
  const nextCursor = page.has_more && page.last_id ? encodeCursor(CREATED, { a: page.last_id }) : null;
  return { items: page.data.map(toChatSummary), nextCursor, sort: "created_at", scanned: page.data.length, partial: false };
}

/** Reads the window (up to the cap) on every page: C1 can't order a per-user query by update time. */
async function byUpdated(client: ComplianceClient, input: ListChatsInput, offset: number): Promise<ChatPageDto> {
  const walk = client.chats.iterate({ userIds: input.user_ids, createdAt: { gte: input.from, lt: input.to }, limit: 1000 });
  const all: ChatSummaryDto[] = [];
  let partial = false;
  for await (const page of walk) {
    all.push(...page.data.map(toChatSummary));
    if (all.length >= CHAT_SORT_SCAN_CAP) {
      partial = all.length > CHAT_SORT_SCAN_CAP || !walk.done;
      break;
    }
  }
  const read = all.slice(0, CHAT_SORT_SCAN_CAP);
  read.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
  const items = read.slice(offset, offset + input.limit);
  const nextCursor = offset + input.limit < read.length ? encodeCursor(UPDATED, { o: offset + input.limit }) : null;
  return { items, nextCursor, sort: "updated_at", scanned: read.length, partial };
}
