import "server-only";

/**
 * How much `activity_types[]=…&` text one upstream request may carry. The reference sets no count limit on
 * `activity_types[]`, but every value is repeated in the URL (~50 bytes each, ~24 KB for all 483 types), and
 * servers refuse long request heads: the simulator (Node) answers 431 past 16 KB of head, and 8 KB is a common
 * proxy limit. 6,000 characters keeps a request near 6.5 KB with the window, cursor and limit; a larger choice is
 * split into several requests whose results are merged (merged-feed.ts).
 */
export const MAX_TYPE_PARAM_CHARS = 6000;

const PARAM = new URLSearchParams({ "activity_types[]": "" }).toString(); // "activity_types%5B%5D="

/** Characters one type adds to the query string: `activity_types%5B%5D=<type>&`. */
export function typeParamChars(type: string): number {
  return PARAM.length + new URLSearchParams({ t: type }).toString().length - 2 + 1;
}

/** Splits types (in order) into runs that each fit `maxChars`; a lone type longer than the budget still gets a run. */
export function chunkTypes(types: readonly string[], maxChars = MAX_TYPE_PARAM_CHARS): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const type of types) {
    const cost = typeParamChars(type);
    if (current.length && used + cost > maxChars) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(type);
    used += cost;
  }
  if (current.length) chunks.push(current);
  return chunks;
}
