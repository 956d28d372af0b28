import type { Rec, SortedCollection } from "../../store/types";
import { timeMatches, timeRange, type KeyRange, type TimeBounds } from "../paging/keys";
import { bindingHash } from "../paging/page-token";
import { readPageToken, tokenPage, type PageShape, type TokenPage } from "../paging/token-page";
import type { ParsedQuery } from "../query/parse";
import { text, type RouteContext, type SimEnv } from "../route";

export function bounds(q: ParsedQuery, fieldName: string): TimeBounds {
  return {
    gt: q.time(`${fieldName}.gt`),
    gte: q.time(`${fieldName}.gte`),
    lt: q.time(`${fieldName}.lt`),
    lte: q.time(`${fieldName}.lte`),
  };
}

export const hasBounds = (b: TimeBounds) => Boolean(b.gt || b.gte || b.lt || b.lte);

export function rangeOf(q: ParsedQuery, fieldName: string): KeyRange {
  return timeRange(bounds(q, fieldName));
}

/** `organization_ids[]` accepts both the tagged `org_…` id and the bare UUID (reference §1.3). */
export function orgMatcher(ids: readonly string[]): (rec: Rec) => boolean {
  if (ids.length === 0) return () => true;
  const set = new Set(ids);
  return (rec) => {
    const uuid = text(rec, "organization_uuid");
    const tagged = text(rec, "organization_id");
    return (uuid !== undefined && set.has(uuid)) || (tagged !== undefined && set.has(tagged));
  };
}

export function fieldTimeMatcher(fieldName: string, b: TimeBounds): (rec: Rec) => boolean {
  if (!hasBounds(b)) return () => true;
  return (rec) => timeMatches(rec[fieldName], b);
}

/** Combines record predicates; liveness is only checked once something was actually deleted. */
export function allOf(...preds: ((rec: Rec) => boolean)[]): (rec: Rec) => boolean {
  return (rec) => preds.every((p) => p(rec));
}

export function liveness(env: SimEnv, isLive: (id: string) => boolean): (rec: Rec) => boolean {
  return (rec) => {
    if (!env.deletions.happened) return true;
    const id = text(rec, "id");
    return id !== undefined && isLive(id);
  };
}

export const unique = (ids: readonly string[]) => [...new Set(ids)];

export interface TokenListInput {
  endpoint: string;
  /** Path parameters the token is bound to (org uuid, role id, session id…). */
  scope?: readonly string[];
  colls: readonly SortedCollection[];
  desc?: boolean;
  range?: KeyRange;
  accept?: (rec: Rec) => boolean;
  defaultLimit: number;
  shape?: PageShape;
  /** Tokens expire this long after the walk's first page (local sessions: 24 h). */
  maxAgeMs?: number;
}

/** Runs a page-token list for the current request: validates `page` against this very request, then pages. */
export function pageTokenList(ctx: RouteContext, input: TokenListInput): TokenPage {
  const binding = bindingHash([input.endpoint, ...(input.scope ?? []), ctx.query.fingerprint(["page", "limit"])]);
  const token = readPageToken(ctx.query.str("page"), input.endpoint, binding, ctx.now, input.maxAgeMs);
  return tokenPage({
    colls: input.colls,
    desc: input.desc ?? false,
    range: input.range,
    accept: input.accept,
    limit: ctx.query.int("limit") ?? input.defaultLimit,
    token,
    endpoint: input.endpoint,
    binding,
    now: ctx.now,
    shape: input.shape ?? "plain",
  });
}

/** `{data, has_more, next_page}` envelope of the page-token endpoints. */
export function pageBody(page: TokenPage) {
  return { data: page.data, has_more: page.hasMore, next_page: page.nextPage };
}
