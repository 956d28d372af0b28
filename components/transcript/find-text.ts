/**
 * Find-in-transcript over what a reader sees. A match is a list of [start, end) ranges in the segment's own text
 * (its Markdown source): one range, or several where it runs over Markdown markers the reader never sees, so
 * "short summary" finds "**short** summary" and the highlight covers both words but not the asterisks.
 */

export type SourceRange = readonly [start: number, end: number];
export type Match = readonly SourceRange[];

/** The matches of one rendered piece of text, and which of them (index, or -1) is the current one. */
export type SegmentMarks = { matches: readonly Match[]; current: number };

/** Searchable form of a text: lowercased, markers dropped; `map[i]` is the source offset of character i. */
export type Prepared = { lower: string; map: Int32Array | null };

/** Lowercase without changing the length (a few characters, such as "İ", lowercase to two). */
function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = "";
  for (const c of s) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

export function preparePlain(text: string): Prepared {
  return { lower: lowerSameLength(text), map: null };
}

const MARKERS = new Set(["*", "_", "~", "`"]);
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isPunct = (c: string | undefined) => c !== undefined && !/[\p{L}\p{N}\s]/u.test(c);

/**
 * Whether a run of emphasis or code markers is Markdown syntax (CommonMark's flanking rules, simplified): it
 * touches a word on one side. `2 * 3` keeps its star; `snake_case` keeps its underscore.
 */
function isSyntax(marker: string, before: string | undefined, after: string | undefined): boolean {
  const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
  const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
  if (marker !== "_") return left || right;
  return (left && (!right || isPunct(before))) || (right && (!left || isPunct(after)));
}

/** Markdown source as the reader sees its words: emphasis and code markers and code fence lines left out. */
export function prepareMarkdown(text: string): Prepared {
  const chars: string[] = [];
  const map: number[] = [];
  let fence: string | null = null;
  let dropped = false;
  const keep = (i: number) => {
    chars.push(text[i]);
    map.push(i);
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const opener = FENCE.exec(line)?.[1];
    if (opener && (!fence || (opener[0] === fence[0] && opener.length >= fence.length))) {
      // A fence line (its info string included) is not shown.
      fence = fence ? null : opener;
      dropped = true;
    } else if (fence) {
      for (let i = lineStart; i < lineEnd; i++) keep(i);
    } else {
      let i = lineStart;
      while (i < lineEnd) {
        const c = text[i];
        if (!MARKERS.has(c)) {
          keep(i);
          i++;
          continue;
        }
        let j = i;
        while (j < lineEnd && text[j] === c) j++;
        if (isSyntax(c, text[i - 1], text[j])) dropped = true;
        else for (let k = i; k < j; k++) keep(k);
        i = j;
      }
    }
    if (nl < 0) break;
    keep(nl);
    lineStart = nl + 1;
  }
  const joined = chars.join("");
  return { lower: lowerSameLength(joined), map: dropped ? Int32Array.from(map) : null };
}

/** The query as matched: trimmed, lowercased; "" finds nothing. */
export function toNeedle(query: string): string {
  return lowerSameLength(query.trim());
}

export function countIn(p: Prepared, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let at = p.lower.indexOf(needle); at >= 0; at = p.lower.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Every (non-overlapping) match of `needle`, as source ranges. */
export function matchesIn(p: Prepared, needle: string): Match[] {
  if (!needle) return [];
  const out: Match[] = [];
  for (let at = p.lower.indexOf(needle); at >= 0; at = p.lower.indexOf(needle, at + needle.length)) {
    if (!p.map) {
      out.push([[at, at + needle.length]]);
      continue;
    }
    const ranges: [number, number][] = [];
    for (let k = at; k < at + needle.length; k++) {
      const src = p.map[k];
      const last = ranges.at(-1);
      if (last && last[1] === src) last[1] = src + 1;
      else ranges.push([src, src + 1]);
    }
    out.push(ranges);
  }
  return out;
}
