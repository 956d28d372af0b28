import type { Rec, SortedCollection } from "../../store/types";
import { compareKeys, lowerBound, type Key, type KeyRange } from "./keys";

export interface WalkStep {
  key: Key;
  /** Computes the record (the store builds it on demand, so only call this for candidates). */
  record(): Rec;
}

export interface WalkOptions {
  desc: boolean;
  range?: KeyRange;
  /** Start strictly after this key in walk direction (a cursor). */
  after?: Key;
}

interface Span {
  c: SortedCollection;
  i: number;
  end: number; // exclusive in walk direction: asc stops at end, desc stops below end
}
interface Head extends Span {
  key: Key;
}

function startSpan(c: SortedCollection, o: WalkOptions): Span {
  const loIdx = o.range?.lo ? lowerBound(c, o.range.lo) : 0;
  const hiIdx = o.range?.hi ? lowerBound(c, o.range.hi) : c.size;
  if (!o.desc) {
    const from = o.after ? Math.max(loIdx, lowerBound(c, o.after, true)) : loIdx;
    return { c, i: from, end: hiIdx };
  }
  const from = o.after ? Math.min(hiIdx, lowerBound(c, o.after)) - 1 : hiIdx - 1;
  return { c, i: from, end: loIdx - 1 };
}

const live = (h: Span, desc: boolean) => (desc ? h.i > h.end : h.i < h.end);

/**
 * Lazily walks one or several sorted collections in key order (a k-way merge for e.g. ten custodians' chats).
 * Range bounds and the cursor are found by binary search, so a walk never scans what it does not return.
 */
export function* walk(colls: readonly SortedCollection[], o: WalkOptions): Generator<WalkStep> {
  const heads: Head[] = colls
    .map((c) => startSpan(c, o))
    .filter((s) => live(s, o.desc))
    .map((s) => ({ ...s, key: s.c.sortKey(s.i) }));
  while (heads.length > 0) {
    let best = 0;
    for (let j = 1; j < heads.length; j++) {
      const cmp = compareKeys(heads[j].key, heads[best].key);
      if (o.desc ? cmp > 0 : cmp < 0) best = j;
    }
    const h = heads[best];
    const idx = h.i;
    const key = h.key;
    yield { key, record: () => h.c.at(idx) };
    h.i += o.desc ? -1 : 1;
    if (live(h, o.desc)) h.key = h.c.sortKey(h.i);
    else heads.splice(best, 1);
  }
}

/** A SortedCollection over a small in-memory array (organizations, test fixtures). */
export function arrayCollection(records: Rec[], keyOf: (r: Rec) => Key): SortedCollection {
  const rows = records.map((r) => ({ r, k: keyOf(r) })).sort((a, b) => compareKeys(a.k, b.k));
  return { size: rows.length, at: (i) => rows[i].r, sortKey: (i) => rows[i].k };
}
