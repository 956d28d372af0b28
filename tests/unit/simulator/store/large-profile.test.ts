import { beforeAll, describe, expect, it } from "vitest";
import { createStore } from "@/lib/simulator/store/create-store";
import type { SimStore, SortedCollection } from "@/lib/simulator/store/types";
import { NOW, obj, str } from "./helpers";

const lessThan = (a: readonly [string, string], b: readonly [string, string]) =>
  a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** Spot-checks: adjacent pairs around random indices are ordered, and sortKey(i) matches at(i). */
function spotCheck(coll: SortedCollection, field: string, picks: number[]): void {
  for (const i of picks) {
    const rec = coll.at(i);
    expect(coll.sortKey(i)).toEqual([rec[field], rec.id]);
    if (i + 1 < coll.size) expect(lessThan(coll.sortKey(i), coll.sortKey(i + 1)), `at ${i}`).toBe(true);
  }
}

describe("large profile", () => {
  let s: SimStore;
  const picks = [0, 1, 2, 17, 4_999, 5_000, 123_456, 500_000, 777_777, 999_998, 999_999];
  beforeAll(() => {
    s = createStore({ profile: "large", seed: 42, now: NOW });
  });

  it("holds 1,000,000 chats and exactly 10,000,000 messages, with 5,000+ users", () => {
    const totals = s.totals();
    expect(totals.chats).toBe(1_000_000);
    expect(totals.messages).toBe(10_000_000);
    expect(totals.users).toBeGreaterThanOrEqual(5_000);
    expect(s.chatsByCreated().size).toBe(1_000_000);
    expect(s.activities().size).toBeGreaterThanOrEqual(1_000_000);
  });

  it("orders chats by created_at and by updated_at, computed from the index", () => {
    spotCheck(s.chatsByCreated(), "created_at", picks);
    spotCheck(s.chatsByUpdated(), "updated_at", picks);
  });

  it("finds chats by id and counts messages per chat consistently", () => {
    let sum = 0;
    for (const i of picks) {
      const chat = s.chatsByCreated().at(i);
      expect(s.chat(str(chat, "id"))).toEqual(chat);
      const messages = s.messages(str(chat, "id"));
      if (!messages) throw new Error("no messages");
      sum += messages.size;
      expect(messages.size).toBeGreaterThanOrEqual(2);
      const last = messages.at(messages.size - 1);
      expect(last.created_at).toBe(chat.deleted_at === null ? chat.updated_at : last.created_at);
      spotCheck(messages, "created_at", [0, messages.size - 2]);
    }
    expect(sum / picks.length).toBeGreaterThan(2);
  });

  it("indexes each user's chats: the k-th chat of user u is the user's, in created order", () => {
    const users = s.organizations().flatMap((o) => {
      const coll = s.users(String(o.uuid));
      return coll ? [coll.at(0), coll.at(coll.size - 1)] : [];
    });
    for (const u of users) {
      const chats = s.chatsOfUser(str(u, "id"));
      expect(chats.size).toBeGreaterThanOrEqual(197);
      spotCheck(chats, "created_at", [0, 1, Math.floor(chats.size / 2), chats.size - 1]);
      for (const k of [0, chats.size - 1]) expect(obj(chats.at(k), "user").id).toBe(u.id);
    }
  });

  it("gives the ten demo custodians more than 10,000 chats between them, each chat listed under its owner", () => {
    const ids = s.landmarks().demo_custodians;
    if (!Array.isArray(ids)) throw new Error("no demo_custodians");
    expect(ids).toHaveLength(10);
    let total = 0;
    for (const id of ids) {
      const chats = s.chatsOfUser(id);
      expect(chats.size).toBeGreaterThan(1_000);
      total += chats.size;
      for (const k of [0, 1, chats.size - 1]) expect(obj(chats.at(k), "user").id).toBe(id);
      spotCheck(chats, "created_at", [0, chats.size - 2]);
    }
    expect(total).toBeGreaterThanOrEqual(10_000);
  });

  it("assigns every chat to exactly one user: the per-user lists add up to the whole", () => {
    let total = 0;
    for (const o of s.organizations()) {
      const coll = s.users(String(o.uuid));
      if (!coll) continue;
      for (let i = 0; i < coll.size; i++) total += s.chatsOfUser(str(coll.at(i), "id")).size;
    }
    expect(total).toBe(1_000_000);
    // A chat picked at random is found in its owner's list.
    const chat = s.chatsByCreated().at(654_321);
    const mine = s.chatsOfUser(obj(chat, "user").id as string);
    let found = false;
    for (let k = 0; k < mine.size && !found; k++) found = mine.at(k).id === chat.id;
    expect(found).toBe(true);
  });

  it("merges the lazy claude_chat_created stream with the other activities in order", () => {
    const feed = s.activities();
    const at = [0, 1, 1000, 250_000, 600_000, feed.size - 2, feed.size - 1];
    spotCheck(feed, "created_at", at);
    const chat = s.chatsByCreated().at(123_456);
    // The chat's activity is at or after the number of chats created before it.
    let lo = 123_456;
    while (lo < feed.size && feed.at(lo).claude_chat_id !== chat.id) lo++;
    expect(feed.at(lo)).toMatchObject({ type: "claude_chat_created", created_at: chat.created_at });
  });
});
