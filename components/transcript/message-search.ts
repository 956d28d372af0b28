import type { MessageDto } from "@/lib/schemas/investigate";
import { countIn, matchesIn, preparePlain, prepareMarkdown, type Prepared, type SegmentMarks } from "./find-text";

/** Past this, Markdown parsing and highlighting would stall the page: LongText shows the text plain, cut. */
export const MARKDOWN_MAX_CHARS = 60_000;

/** One piece of text a message shows, keyed by where it is rendered (see MessageItem and Block). */
export type Segment = { key: string; text: string; markdown: boolean };

/** Everything a reader can read in a message, in the order it is shown: the text find searches and highlights. */
export function messageSegments(m: MessageDto): Segment[] {
  const out: Segment[] = [];
  const plain = (key: string, text: string | null | undefined) => {
    if (text) out.push({ key, text, markdown: false });
  };
  m.blocks.forEach((b, i) => {
    if (b.type === "text") out.push({ key: `b${i}`, text: b.text, markdown: b.text.length <= MARKDOWN_MAX_CHARS });
    else if (b.type === "tool_use") {
      plain(`b${i}.name`, b.name);
      plain(`b${i}.integration`, b.integrationName);
      plain(`b${i}.mcp`, b.mcpServerUrl);
      plain(`b${i}.input`, b.input);
    } else if (b.type === "tool_result") {
      plain(`b${i}.name`, b.name);
      plain(`b${i}.integration`, b.integrationName);
      plain(`b${i}.mcp`, b.mcpServerUrl);
      b.content.forEach((c, k) => plain(`b${i}.c${k}`, c.text));
    } else plain(`b${i}.type`, b.blockType);
  });
  m.files.forEach((f, k) => plain(`f${k}`, f.filename ?? f.id));
  m.generatedFiles.forEach((f, k) => plain(`g${k}`, f.filename ?? f.id));
  m.artifacts.forEach((a, k) => plain(`a${k}`, a.title ?? a.id));
  return out;
}

type PreparedSegment = Segment & { prepared: Prepared };

// Messages never change once loaded: prepare each once, however many queries are typed over it.
const cache = new WeakMap<MessageDto, PreparedSegment[]>();

function prepared(m: MessageDto): PreparedSegment[] {
  let segs = cache.get(m);
  if (!segs) {
    segs = messageSegments(m).map((s) => ({
      ...s,
      prepared: s.markdown ? prepareMarkdown(s.text) : preparePlain(s.text),
    }));
    cache.set(m, segs);
  }
  return segs;
}

export function countInMessage(m: MessageDto, needle: string): number {
  let n = 0;
  for (const s of prepared(m)) n += countIn(s.prepared, needle);
  return n;
}

/** Per segment key, the matches to highlight; `current` numbers the message's matches in order, -1 for none. */
export function marksInMessage(m: MessageDto, needle: string, current: number): Map<string, SegmentMarks> {
  const out = new Map<string, SegmentMarks>();
  let seen = 0;
  for (const s of prepared(m)) {
    const matches = matchesIn(s.prepared, needle);
    if (!matches.length) continue;
    const at = current - seen;
    out.set(s.key, { matches, current: at >= 0 && at < matches.length ? at : -1 });
    seen += matches.length;
  }
  return out;
}

/** Matches over the loaded messages: which messages hold them, and the running number of each one's first. */
export type FindHits = { total: number; messages: number[]; first: number[] };

export function findHits(messages: readonly MessageDto[], needle: string): FindHits {
  const hits: FindHits = { total: 0, messages: [], first: [] };
  if (!needle) return hits;
  messages.forEach((m, i) => {
    const n = countInMessage(m, needle);
    if (!n) return;
    hits.messages.push(i);
    hits.first.push(hits.total);
    hits.total += n;
  });
  return hits;
}

/** Where match number `g` (0-based, over the whole transcript) is: its message, and its number in there. */
export function locateHit(hits: FindHits, g: number): { message: number; within: number } | null {
  if (g < 0 || g >= hits.total) return null;
  let lo = 0;
  let hi = hits.first.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (hits.first[mid] <= g) lo = mid;
    else hi = mid - 1;
  }
  return { message: hits.messages[lo], within: g - hits.first[lo] };
}

/** The first match in message `from` or after it, wrapping round to the top; -1 when there is none. */
export function firstHitFrom(hits: FindHits, from: number): number {
  if (!hits.total) return -1;
  const k = hits.messages.findIndex((i) => i >= from);
  return k < 0 ? 0 : hits.first[k];
}
