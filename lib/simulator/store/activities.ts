import { hash32 } from "../data/prng";
import { iso } from "../data/time";
import { userActor } from "./actors";
import { buildEvents, eventId } from "./activity-events";
import { compareKeys, lowerBound, type SortKey } from "./collection";
import type { Ctx } from "./context";
import type { Rec, SortedCollection } from "./types";

/**
 * The Activity Feed: a lazy stream of one `claude_chat_created` per chat (1,000,000 in the large
 * profile, computed from the chat index), merged with a small sorted list of every other generated
 * event, followed by activities appended at run time (stamped after `now`, so order is kept).
 */

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

export interface ActivityFeed {
  collection(): SortedCollection;
  /** Appends at `max(wall clock, now + 1 ms, last append)`; returns the stored record. */
  append(activity: Rec): Rec;
  /** The time the next append would get (directory changes use it for their records too). */
  stamp(): number;
  generatedCount: number;
}

export function activityFeed(ctx: Ctx): ActivityFeed {
  const seed = ctx.world.seed;
  const chatKey = (g: number): SortKey => [iso(ctx.plan.meta(g).createdMs), eventId(seed, `chat:${g}`)];
  const chatCreated = (g: number): Rec => {
    const meta = ctx.plan.meta(g);
    const org = ctx.dir.orgs[meta.org];
    return {
      id: eventId(seed, `chat:${g}`),
      created_at: iso(meta.createdMs),
      type: "claude_chat_created",
      organization_id: org.tagged,
      organization_uuid: org.uuid,
      actor: userActor(ctx.dir.users[meta.user]),
      claude_chat_id: ctx.codecs.chat.make(g),
      ...(meta.project === null ? {} : { claude_project_id: ctx.codecs.project.make(meta.project) }),
    };
  };
  const small = buildEvents(ctx)
    .map((e) => {
      const id = eventId(seed, e.key);
      const created = iso(e.ms);
      return { key: [created, id] as SortKey, rec: { id, created_at: created, ...e.rec } };
    })
    .sort((a, b) => compareKeys(a.key, b.key));
  const chats = ctx.plan.size;
  // Merged position of small[j]: j plus the number of chat activities sorting before it.
  const positions = small.map((e, j) => j + lowerBound(chats, chatKey, e.key));
  const generated = chats + small.length;
  const appended: { key: SortKey; rec: Rec }[] = [];
  let lastMs = ctx.world.nowMs + 1;

  const locate = (i: number): { small: number } | { chat: number } => {
    // Count of small events placed before position i, and whether one sits exactly at i.
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (positions[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo < positions.length && positions[lo] === i ? { small: lo } : { chat: i - lo };
  };
  const at = (i: number): Rec => {
    if (i >= generated) return structuredClone(appended[i - generated].rec);
    const where = locate(i);
    return "small" in where ? structuredClone(small[where.small].rec) : chatCreated(where.chat);
  };
  const sortKey = (i: number): SortKey => {
    if (i >= generated) return appended[i - generated].key;
    const where = locate(i);
    return "small" in where ? small[where.small].key : chatKey(where.chat);
  };
  const stamp = () => Math.max(Date.now(), lastMs);
  return {
    generatedCount: generated,
    collection: () => {
      const size = generated + appended.length;
      return {
        size,
        at: (i) => {
          if (!Number.isInteger(i) || i < 0 || i >= size) throw new RangeError(`index ${i} out of range`);
          return at(i);
        },
        sortKey: (i) => {
          if (!Number.isInteger(i) || i < 0 || i >= size) throw new RangeError(`index ${i} out of range`);
          return sortKey(i);
        },
      };
    },
    stamp,
    append(activity) {
      const ms = stamp();
      lastMs = ms;
      // Sequence first (fixed width, ascending alphabet) so same-millisecond appends keep their order.
      let seq = appended.length;
      let prefix = "";
      for (let k = 0; k < 8; k++) {
        prefix = ALPHABET[seq & 31] + prefix;
        seq = Math.floor(seq / 32);
      }
      const tail = hash32(seed, "appended", appended.length).toString(32).padStart(7, "0").slice(0, 7);
      const id = `activity_${prefix}${tail}`;
      const createdAt = iso(ms);
      const rest: Rec = { ...activity };
      delete rest.id;
      delete rest.created_at;
      const rec: Rec = { id, created_at: createdAt, ...rest };
      appended.push({ key: [createdAt, id], rec });
      return structuredClone(rec);
    },
  };
}
