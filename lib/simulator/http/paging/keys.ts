import type { SortedCollection } from "../../store/types";
import type { ParsedTime } from "../query/datetime";

/** A record's position: the store's sort key (fixed-width UTC timestamp, then id). */
export type Key = readonly [string, string];

export function compareKeys(a: Key, b: Key): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return 0;
}

/** First index whose key is >= key (strict: > key). O(log n) sortKey calls. */
export function lowerBound(c: SortedCollection, key: Key, strict = false): number {
  let lo = 0;
  let hi = c.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const cmp = compareKeys(c.sortKey(mid), key);
    if (cmp < 0 || (strict && cmp === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Inclusive lower and exclusive upper key bounds; either may be open. */
export interface KeyRange {
  lo?: Key;
  hi?: Key;
}

/** Fixed-width ISO form used by the store's sort keys ("2026-09-01T12:00:00.000Z"). */
export function isoMs(ms: number): string {
  const clamped = Math.min(Math.max(ms, Date.UTC(0, 0, 1)), Date.UTC(9999, 11, 31, 23, 59, 59, 999));
  return new Date(clamped).toISOString();
}

export interface TimeBounds {
  gt?: ParsedTime;
  gte?: ParsedTime;
  lt?: ParsedTime;
  lte?: ParsedTime;
}

/**
 * Turns `.gt/.gte/.lt/.lte` filters into a key range on the timestamp part of the sort key. Works at millisecond
 * precision like the store, rounding sub-millisecond bounds the safe way (gte 12:00:00.0005 excludes 12:00:00.000).
 */
export function timeRange(b: TimeBounds): KeyRange {
  let loMs = -Infinity;
  let hiMs = Infinity; // both inclusive
  if (b.gte) loMs = Math.max(loMs, b.gte.subMs ? b.gte.ms + 1 : b.gte.ms);
  if (b.gt) loMs = Math.max(loMs, b.gt.ms + 1);
  if (b.lte) hiMs = Math.min(hiMs, b.lte.ms);
  if (b.lt) hiMs = Math.min(hiMs, b.lt.subMs ? b.lt.ms : b.lt.ms - 1);
  const range: KeyRange = {};
  if (loMs !== -Infinity) range.lo = [isoMs(loMs), ""];
  if (hiMs !== Infinity) range.hi = [isoMs(hiMs + 1), ""];
  return range;
}

/** Same, for a record's own timestamp field (filters the sort key cannot answer, e.g. `updated_at` on a created_at walk). */
export function timeMatches(value: unknown, b: TimeBounds): boolean {
  if (!b.gt && !b.gte && !b.lt && !b.lte) return true;
  if (typeof value !== "string") return false;
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  if (Number.isNaN(ms)) return false;
  if (b.gte && (ms < b.gte.ms || (ms === b.gte.ms && b.gte.subMs))) return false;
  if (b.gt && ms <= b.gt.ms) return false;
  if (b.lte && ms > b.lte.ms) return false;
  if (b.lt && (ms > b.lt.ms || (ms === b.lt.ms && !b.lt.subMs))) return false;
  return true;
}
