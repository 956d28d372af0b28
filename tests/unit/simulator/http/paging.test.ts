import { describe, expect, it } from "vitest";
import type { Rec } from "@/lib/simulator/store/types";
import { decodeCursor, encodeCursor } from "@/lib/simulator/http/paging/cursor";
import { cursorPage } from "@/lib/simulator/http/paging/cursor-page";
import { isoMs, timeRange } from "@/lib/simulator/http/paging/keys";
import { decodePageToken, encodePageToken } from "@/lib/simulator/http/paging/page-token";
import { tokenPage } from "@/lib/simulator/http/paging/token-page";
import { arrayCollection, walk } from "@/lib/simulator/http/paging/walk";

const T0 = Date.UTC(2026, 8, 1);
const rec = (id: string, minute: number): Rec => ({ id, created_at: isoMs(T0 + minute * 60_000) });
const coll = (recs: Rec[]) => arrayCollection(recs, (r) => [String(r.created_at), String(r.id)]);
const ids = (recs: Rec[]) => recs.map((r) => r.id);

describe("cursors", () => {
  it("round-trip and reject anything that is not one of ours", () => {
    const c = encodeCursor({ e: "C1", k: ["2026-09-01T00:00:00.000Z", "claude_chat_1"], b: "created_at" });
    expect(decodeCursor(c)).toEqual({ e: "C1", k: ["2026-09-01T00:00:00.000Z", "claude_chat_1"], b: "created_at" });
    expect(decodeCursor("claude_chat_1")).toBeUndefined();
    expect(decodeCursor(c.slice(0, -3))).toBeUndefined();
    expect(decodeCursor("not a cursor!")).toBeUndefined();
    expect(decodePageToken(encodePageToken({ e: "O2", h: "x", k: null, n: 0, t: 1 }))?.e).toBe("O2");
    expect(decodePageToken("page_garbage")).toBeUndefined();
  });
});

describe("walks", () => {
  const a = coll([rec("a1", 1), rec("a2", 3), rec("a3", 5)]);
  const b = coll([rec("b1", 2), rec("b2", 3), rec("b3", 6)]);

  it("k-way merges collections in key order, both directions, honouring ranges and cursors", () => {
    const asc = [...walk([a, b], { desc: false })].map((s) => s.key[1]);
    expect(asc).toEqual(["a1", "b1", "a2", "b2", "a3", "b3"]);
    const desc = [...walk([a, b], { desc: true })].map((s) => s.key[1]);
    expect(desc).toEqual([...asc].reverse());
    const range = timeRange({
      gte: { ms: T0 + 2 * 60_000, subMs: false, hasTz: true },
      lt: { ms: T0 + 6 * 60_000, subMs: false, hasTz: true },
    });
    expect([...walk([a, b], { desc: false, range })].map((s) => s.key[1])).toEqual(["b1", "a2", "b2", "a3"]);
    const after = a.sortKey(1); // a2 at minute 3: b2 shares the timestamp and sorts after by id
    expect([...walk([a, b], { desc: false, after })].map((s) => s.key[1])).toEqual(["b2", "a3", "b3"]);
    expect([...walk([a, b], { desc: true, after })].map((s) => s.key[1])).toEqual(["b1", "a1"]);
  });

  it("cursor pages walk forward and back without gaps or duplicates", () => {
    const c = coll(Array.from({ length: 25 }, (_, i) => rec(`r${String(i).padStart(2, "0")}`, i)));
    const cursorOf = (k: readonly [string, string]) => encodeCursor({ e: "T", k });
    const seen: Rec[] = [];
    let after: readonly [string, string] | undefined;
    let pages = 0;
    for (;;) {
      const p = cursorPage({ colls: [c], desc: false, after, limit: 10, cursorOf });
      seen.push(...p.data);
      pages++;
      if (!p.has_more) break;
      after = decodeCursor(p.last_id ?? "")?.k;
    }
    expect(pages).toBe(3);
    expect(ids(seen)).toEqual(ids(Array.from({ length: 25 }, (_, i) => c.at(i))));
    const last = cursorPage({ colls: [c], desc: false, limit: 10, after: c.sortKey(19), cursorOf });
    const back = cursorPage({
      colls: [c],
      desc: false,
      limit: 10,
      before: decodeCursor(last.first_id ?? "")?.k,
      cursorOf,
    });
    expect(ids(back.data)).toEqual(ids(Array.from({ length: 10 }, (_, i) => c.at(10 + i))));
    expect(back.has_more).toBe(true);
  });

  it("skips records a filter rejects and still fills the page", () => {
    const c = coll(Array.from({ length: 30 }, (_, i) => rec(`r${String(i).padStart(2, "0")}`, i)));
    const p = cursorPage({
      colls: [c],
      desc: true,
      limit: 5,
      accept: (r) => String(r.id).endsWith("0"),
      cursorOf: () => "x",
    });
    expect(ids(p.data)).toEqual(["r20", "r10", "r00"]);
    expect(p.has_more).toBe(false);
  });
});

describe("page tokens", () => {
  const c = coll(Array.from({ length: 200 }, (_, i) => rec(`r${String(i).padStart(3, "0")}`, i)));

  function walkAll(shape: "plain" | "sessions" | "code-artifacts", binding: string) {
    const seen: Rec[] = [];
    const sizes: number[] = [];
    let token;
    for (let guard = 0; guard < 1000; guard++) {
      const p = tokenPage({ colls: [c], desc: true, limit: 15, token, endpoint: "T", binding, now: 0, shape });
      seen.push(...p.data);
      sizes.push(p.data.length);
      if (!p.nextPage) return { seen, sizes };
      token = decodePageToken(p.nextPage);
    }
    throw new Error("walk did not end");
  }

  it("plain walks return every record once with full pages", () => {
    const { seen, sizes } = walkAll("plain", "b1");
    expect(seen).toHaveLength(200);
    expect(new Set(ids(seen)).size).toBe(200);
    expect(sizes.slice(0, -1).every((s) => s === 15)).toBe(true);
  });

  it("session walks may have short and empty pages but never lose or repeat a record", () => {
    let sawEmpty = false;
    for (const binding of ["s1", "s2", "s3", "s4", "s5"]) {
      const { seen, sizes } = walkAll("sessions", binding);
      expect(ids(seen)).toEqual(ids(Array.from({ length: 200 }, (_, i) => c.at(199 - i))));
      if (sizes.slice(0, -1).includes(0)) sawEmpty = true;
    }
    expect(sawEmpty).toBe(true);
  });
});
