import type { Rec, SortedCollection } from "../../store/types";
import { badRequest } from "../errors";
import { hash32 } from "../rng";
import type { Key, KeyRange } from "./keys";
import { decodePageToken, encodePageToken, type PageTokenBody } from "./page-token";
import { walk } from "./walk";

/**
 * Page shapes (reference §3):
 * - "plain": `limit` records, `has_more`, `next_page` (directory, projects).
 * - "sessions": no `has_more`; pages end early at a ~256 KB size budget, and now and then a page is EMPTY although
 *   more remain (upstream does both; clients must continue until `next_page` is null).
 * - "code-artifacts": `has_more` + `next_page`, pages may be short or empty while more remain, and the walk may end
 *   with an empty page that still said `has_more: true` before it.
 */
export type PageShape = "plain" | "sessions" | "code-artifacts";

export const PAGE_BYTE_BUDGET = 256 * 1024;
export const INVALID_PAGE = "The page parameter is not a valid cursor for this request.";
export const EXPIRED_PAGE =
  "The page cursor has expired. Restart the walk without a page parameter to get a fresh cursor.";

/** Decodes and checks a `page` parameter against the request it is presented to. */
export function readPageToken(
  raw: string | undefined,
  endpoint: string,
  binding: string,
  now: number,
  maxAgeMs?: number,
): PageTokenBody | undefined {
  if (raw === undefined) return undefined;
  const token = decodePageToken(raw);
  if (!token || token.e !== endpoint || token.h !== binding) throw badRequest(INVALID_PAGE);
  if (maxAgeMs !== undefined && now - token.t > maxAgeMs) throw badRequest(EXPIRED_PAGE);
  return token;
}

export interface TokenPageInput {
  colls: readonly SortedCollection[];
  desc: boolean;
  range?: KeyRange;
  accept?: (rec: Rec) => boolean;
  limit: number;
  token?: PageTokenBody;
  endpoint: string;
  binding: string;
  now: number;
  shape: PageShape;
}

export interface TokenPage {
  data: Rec[];
  hasMore: boolean;
  nextPage: string | null;
}

export function tokenPage(input: TokenPageInput): TokenPage {
  const t = input.token;
  const n = t?.n ?? 0;
  const started = t?.t ?? input.now;
  if (t?.z) return { data: [], hasMore: false, nextPage: null };
  const next = (k: Key | null, extra: Partial<PageTokenBody> = {}) =>
    encodePageToken({ e: input.endpoint, h: input.binding, k, n: n + 1, t: started, ...extra });

  const shaped = input.shape !== "plain";
  const roll = hash32(`${input.binding}:${n}`) % 6;
  const wantEmpty = shaped && n >= 1 && !t?.x && roll === 0;
  const limit = shaped && roll === 1 ? Math.ceil(input.limit / 2) : input.limit;

  const steps = walk(input.colls, { desc: input.desc, range: input.range, after: t?.k ?? undefined });
  const data: Rec[] = [];
  let lastKey: Key | null = t?.k ?? null;
  let bytes = 0;
  let more = false;
  for (const step of steps) {
    const rec = step.record();
    if (input.accept && !input.accept(rec)) continue;
    const full =
      wantEmpty || data.length >= limit || (input.shape === "sessions" && data.length > 0 && bytes >= PAGE_BYTE_BUDGET);
    if (full) {
      more = true;
      break;
    }
    data.push(rec);
    lastKey = step.key;
    if (input.shape === "sessions") bytes += Buffer.byteLength(JSON.stringify(rec));
  }
  if (wantEmpty && more) return { data: [], hasMore: true, nextPage: next(lastKey, { x: true }) };
  if (more) return { data, hasMore: true, nextPage: next(lastKey) };
  // The end. Code artifacts sometimes only find that out on one more, empty, page.
  if (input.shape === "code-artifacts" && data.length === limit && hash32(`${input.binding}:end:${n}`) % 3 === 0)
    return { data, hasMore: true, nextPage: next(lastKey, { z: true }) };
  return { data, hasMore: false, nextPage: null };
}
