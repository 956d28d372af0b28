import { HOSTILE_CHAT_NAMES } from "../data/hostile";
import { indexOfId, seededUuid } from "../data/ids";
import { rngFor } from "../data/prng";
import { chatTitle, TOPICS } from "../data/text";
import { iso } from "../data/time";
import { EMPTY, lazyCollection, type SortKey } from "./collection";
import type { Ctx } from "./context";
import { userById } from "./directory";
import { messageRecord } from "./messages";
import { messageTime } from "./message-time";
import type { ChatMeta, IndexList } from "./plan-types";
import type { Rec, SortedCollection } from "./types";

/** Chats (reference §5.8) and their message collections. Hard-deleted chats make getters return undefined. */

export function chatName(ctx: Ctx, meta: ChatMeta): string {
  if (meta.deletedMs !== null) return ""; // soft-deleted in claude.ai: the name is blanked
  if (meta.kind === "hostile") return HOSTILE_CHAT_NAMES[meta.variant];
  if (meta.kind === "long") return "Maester's chronicle of the realm";
  if (meta.kind === "tool") return "Harbour tariffs research (web, Drive, MCP)";
  if (meta.kind === "big_file") return "Iron Bank archive upload";
  return chatTitle(rngFor(ctx.world.seed, "chat-name", meta.g), TOPICS[meta.topic]);
}

export function chatRecord(ctx: Ctx, meta: ChatMeta): Rec {
  const id = ctx.codecs.chat.make(meta.g);
  const user = ctx.dir.users[meta.user];
  const org = ctx.dir.orgs[meta.org];
  return {
    id,
    name: chatName(ctx, meta),
    created_at: iso(meta.createdMs),
    updated_at: iso(meta.updatedMs),
    deleted_at: meta.deletedMs === null ? null : iso(meta.deletedMs),
    href: `https://claude.ai/chat/${seededUuid(ctx.world.seed, id)}`,
    model: meta.model,
    organization_uuid: org.uuid,
    organization_id: org.tagged,
    project_id: meta.project === null ? null : ctx.codecs.project.make(meta.project),
    user: { id: user.id, email_address: user.email },
  };
}

export function chatIndexOf(ctx: Ctx, chatId: string): number | undefined {
  const g = indexOfId(ctx.codecs.chat, chatId, ctx.plan.size);
  return g === undefined || ctx.deleted.chats.has(g) ? undefined : g;
}

const createdKey = (ctx: Ctx, g: number): SortKey => [iso(ctx.plan.meta(g).createdMs), ctx.codecs.chat.make(g)];
const updatedKey = (ctx: Ctx, g: number): SortKey => [iso(ctx.plan.meta(g).updatedMs), ctx.codecs.chat.make(g)];

/**
 * Collections keep their generated size after hard deletions; a deleted chat's slot still yields its
 * record and the HTTP layer skips ids for which `chat(id)` is undefined (see types.ts).
 */
function chatList(ctx: Ctx, list: IndexList, key: (ctx: Ctx, g: number) => SortKey): SortedCollection {
  return lazyCollection(
    list.size,
    (k) => chatRecord(ctx, ctx.plan.meta(list.at(k))),
    (k) => key(ctx, list.at(k)),
  );
}

export function chatViews(ctx: Ctx) {
  const byCreated = chatList(ctx, { size: ctx.plan.size, at: (k) => k }, createdKey);
  const byUpdated = chatList(ctx, ctx.plan.byUpdated, updatedKey);
  return {
    chatsByCreated: () => byCreated,
    chatsByUpdated: () => byUpdated,
    chatsOfUser(userId: string): SortedCollection {
      const u = userById(ctx.dir, userId);
      return u ? chatList(ctx, ctx.plan.ofUser(u.index), createdKey) : EMPTY;
    },
    chat(chatId: string): Rec | undefined {
      const g = chatIndexOf(ctx, chatId);
      return g === undefined ? undefined : chatRecord(ctx, ctx.plan.meta(g));
    },
    messages(chatId: string): SortedCollection | undefined {
      const g = chatIndexOf(ctx, chatId);
      if (g === undefined) return undefined;
      const meta = ctx.plan.meta(g);
      return lazyCollection(
        meta.messageCount,
        (j) => messageRecord(ctx, meta, j),
        (j) => [iso(messageTime(meta, j)), ctx.codecs.msg.make(g, j)],
      );
    },
  };
}
