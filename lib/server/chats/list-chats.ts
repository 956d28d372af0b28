import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import { z } from "zod";
import type { ComplianceClient } from "@/lib/compliance";
import { CHAT_SORT_SCAN_CAP, type ChatPageDto, type ListChatsQuery } from "@/lib/schemas/investigate";
import { audited, custodianTargets } from "@/lib/server/audit/audited";
import { afterIdCursor, decodeCursor, encodeCursor } from "@/lib/server/http/cursor";
import { readUpTo } from "@/lib/server/upstream/read-up-to";
import { toChatSummary, withProjectNames } from "./to-chat-summary";

export type ListChatsInput = z.output<typeof ListChatsQuery>;

const created = afterIdCursor("chats.created");
/** `updated_at` pages are slices of the sorted window: the cursor is the offset into it. */
const UPDATED = "chats.updated";
const Offset = z.object({ o: z.number().int().min(0) });

/**
 * The custodians' chats created in the window (C1 with `user_ids[]` + `created_at.gte/lt`). Audited as `chat.list`
 * with the custodians as targets. See ChatSort for how `updated_at` ordering is done. Each chat's project is named.
 */
export async function listChats({ client, audit, input }: OperationCall<ListChatsInput>): Promise<ChatPageDto> {
  // Decoded before the read: a cursor from the other sort (or a forged one) is a 422 with no upstream call.
  const afterId = input.sort === "created_at" ? created.read(input.cursor) : undefined;
  const offset = input.sort === "updated_at" && input.cursor ? decodeCursor(UPDATED, input.cursor, Offset).o : 0;
  return audited(
    audit,
    {
      action: "chat.list",
      targets: custodianTargets(input.user_ids),
      details: { from: input.from, to: input.to, sort: input.sort },
      after: (page) => ({ details: { count: page.items.length } }),
    },
    () => (input.sort === "created_at" ? byCreated(client, input, afterId) : byUpdated(client, input, offset)),
  );
}

async function byCreated(
  client: ComplianceClient,
  input: ListChatsInput,
  afterId: string | undefined,
): Promise<ChatPageDto> {
  const page = await client.chats.list({
    userIds: input.user_ids,
    createdAt: { gte: input.from, lt: input.to },
    limit: input.limit,
    afterId,
  });
  return {
    items: await withProjectNames(client, page.data.map(toChatSummary)),
    nextCursor: created.next(page),
    sort: "created_at",
    scanned: page.data.length,
    partial: false,
  };
}

/** Reads the window (up to the cap) on every page: C1 can't order a per-user query by update time. */
async function byUpdated(client: ComplianceClient, input: ListChatsInput, offset: number): Promise<ChatPageDto> {
  const walk = client.chats.iterate({
    userIds: input.user_ids,
    createdAt: { gte: input.from, lt: input.to },
    limit: 1000,
  });
  const { items: chats, more: partial } = await readUpTo(walk, CHAT_SORT_SCAN_CAP);
  const sorted = chats
    .map(toChatSummary)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
  const items = await withProjectNames(client, sorted.slice(offset, offset + input.limit));
  const nextCursor = offset + input.limit < sorted.length ? encodeCursor(UPDATED, { o: offset + input.limit }) : null;
  return { items, nextCursor, sort: "updated_at", scanned: sorted.length, partial };
}
