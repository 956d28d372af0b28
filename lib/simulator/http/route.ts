import type { ContentSource, Json, Rec, SimStore } from "../store/types";
import type { SimClock } from "./clock";
import type { Key } from "./paging/keys";
import type { ParsedQuery } from "./query/parse";
import type { QuerySpec } from "./query/spec";

/** What every handler can reach: the store plus the server-side state that outlives a request. */
export interface SimEnv {
  store: SimStore;
  clock: SimClock;
  organizationsPaginated: boolean;
  /** Flips once anything was hard-deleted; from then on lists check each record's getter and skip the gone. */
  deletions: { happened: boolean };
  /** Activity id → sort key for ids this server has served, so raw-id cursors (A1) rarely need a scan. */
  activityKeys: Map<string, Key>;
}

export interface RouteContext {
  env: SimEnv;
  params: Readonly<Record<string, string>>;
  query: ParsedQuery;
  now: number;
}

export type Reply =
  | { kind: "json"; body: unknown; status?: number }
  | { kind: "content"; source: ContentSource; headers: Record<string, string> };

export interface Route {
  /** Catalogue id from reference §4, e.g. "C1". */
  id: string;
  method: "GET" | "DELETE";
  template: string;
  /** Reads take this scope or `read:org_audit`; deletes (DELETE) need exactly this scope. */
  scope: string;
  /** Console Admin keys may call it (only the Activity Feed). */
  adminAllowed?: boolean;
  /** Counts against the extra remote-session budget as well (reference §8). */
  remoteBudget?: boolean;
  /** The settings endpoint answers unauthenticated calls with 401 instead of the bare 404. */
  unauthStatus?: 401 | 404;
  query: QuerySpec | ((env: SimEnv) => QuerySpec);
  handle(ctx: RouteContext): Reply | Promise<Reply>;
}

export const json = (body: unknown, status = 200): Reply => ({ kind: "json", body, status });

/** Reads a nested field of a record without casting (`field(rec, "actor", "user_id")`). */
export function field(rec: Rec, ...path: string[]): Json | undefined {
  let cur: Json | undefined = rec;
  for (const p of path) {
    if (cur === null || cur === undefined || typeof cur !== "object" || Array.isArray(cur)) return undefined;
    cur = cur[p];
  }
  return cur;
}

export function text(rec: Rec, ...path: string[]): string | undefined {
  const v = field(rec, ...path);
  return typeof v === "string" ? v : undefined;
}
