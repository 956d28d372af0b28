import type { Rec, SortedCollection } from "../../store/types";
import type { Key, KeyRange } from "./keys";
import { walk } from "./walk";

export interface CursorPageInput {
  colls: readonly SortedCollection[];
  /** The request's order: true = newest first. `after` continues in this direction, `before` goes back. */
  desc: boolean;
  range?: KeyRange;
  after?: Key;
  before?: Key;
  /** Infinity = everything in one response (C2 without `limit`). */
  limit: number;
  /** Lazy filters and liveness (hard-deleted records are skipped); evaluated only until the page is full. */
  accept?: (rec: Rec) => boolean;
  cursorOf: (key: Key) => string;
}

export interface CursorPage {
  data: Rec[];
  has_more: boolean;
  first_id: string | null;
  last_id: string | null;
}

/**
 * One page of a cursor-style list (reference §3): `limit` records after/before the cursor, `has_more` in the
 * requested direction, and opaque `first_id`/`last_id` cursors for the page's ends.
 */
export function cursorPage(input: CursorPageInput): CursorPage {
  const back = input.before !== undefined;
  const steps = walk(input.colls, {
    desc: back ? !input.desc : input.desc,
    range: input.range,
    after: back ? input.before : input.after,
  });
  const data: Rec[] = [];
  const keys: Key[] = [];
  let hasMore = false;
  for (const step of steps) {
    const rec = step.record();
    if (input.accept && !input.accept(rec)) continue;
    if (data.length >= input.limit) {
      hasMore = true;
      break;
    }
    data.push(rec);
    keys.push(step.key);
  }
  if (back) {
    data.reverse();
    keys.reverse();
  }
  return {
    data,
    has_more: hasMore,
    first_id: keys.length > 0 ? input.cursorOf(keys[0]) : null,
    last_id: keys.length > 0 ? input.cursorOf(keys[keys.length - 1]) : null,
  };
}
