import type { Rec, SortedCollection } from "./types";

export type SortKey = readonly [string, string];

/** A collection computed from the index: nothing is materialised. */
export function lazyCollection(
  size: number,
  at: (i: number) => Rec,
  sortKey: (i: number) => SortKey,
): SortedCollection {
  return {
    size,
    at: (i) => {
      checkIndex(i, size);
      return at(i);
    },
    sortKey: (i) => {
      checkIndex(i, size);
      return sortKey(i);
    },
  };
}

/** A small collection held in memory; sorts a copy of `records` by `keyOf`. */
export function arrayCollection(records: readonly Rec[], keyOf: (r: Rec) => SortKey): SortedCollection {
  const rows = records.map((r) => ({ r, k: keyOf(r) })).sort((a, b) => compareKeys(a.k, b.k));
  return lazyCollection(
    rows.length,
    (i) => structuredClone(rows[i].r),
    (i) => rows[i].k,
  );
}

export const EMPTY: SortedCollection = lazyCollection(
  0,
  () => ({}),
  () => ["", ""],
);

export function compareKeys(a: SortKey, b: SortKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return 0;
}

/** Index of the first element whose key is >= `key` (n when none). */
export function lowerBound(n: number, keyAt: (i: number) => SortKey, key: SortKey): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKeys(keyAt(mid), key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function checkIndex(i: number, size: number): void {
  if (!Number.isInteger(i) || i < 0 || i >= size) throw new RangeError(`index ${i} out of range 0..${size - 1}`);
}

/** Reads a string field of a record (records are plain JSON, so no casts). */
export function str(rec: Rec, field: string): string {
  const v = rec[field];
  return typeof v === "string" ? v : "";
}
