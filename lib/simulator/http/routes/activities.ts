import type { Rec } from "../../store/types";
import { ACTIVITY_TYPE_SET } from "../../../schemas/investigate/activity-types";
import { badRequest } from "../errors";
import { decodeCursor, encodeCursor } from "../paging/cursor";
import { cursorPage } from "../paging/cursor-page";
import type { Key } from "../paging/keys";
import { limitParam, timeRange as timeParams, type QuerySpec } from "../query/spec";
import { json, text, type Route, type SimEnv } from "../route";
import { allOf, orgMatcher, rangeOf } from "./shared";

const QUERY: QuerySpec = {
  "activity_types[]": { kind: "list", allowed: ACTIVITY_TYPE_SET },
  "exclude_activity_types[]": { kind: "list", allowed: ACTIVITY_TYPE_SET },
  "actor_ids[]": { kind: "list" },
  "user_ids[]": { kind: "list" },
  "organization_ids[]": { kind: "list" },
  ...timeParams("created_at"),
  after_id: { kind: "string" },
  before_id: { kind: "string" },
  limit: limitParam(5000),
  order: { kind: "enum", values: ["asc", "desc"] },
};

const ACTIVITY_KEY_CACHE_MAX = 20_000;

/** Finds a raw activity id's position: served ids are cached; anything else costs one scan from the newest end. */
function keyOfActivityId(env: SimEnv, id: string): Key | undefined {
  const cached = env.activityKeys.get(id);
  if (cached) return cached;
  const all = env.store.activities();
  for (let i = all.size - 1; i >= 0; i--) {
    const k = all.sortKey(i);
    if (k[1] === id) return k;
  }
  return undefined;
}

/** A1 takes its own opaque cursors and, unlike chats, raw activity ids (reference §3). */
function readCursor(env: SimEnv, raw: string | undefined): Key | undefined {
  if (raw === undefined) return undefined;
  const fail = () => badRequest(`Invalid activity_id format: '${raw}'`);
  if (/^activity_[A-Za-z0-9]+$/.test(raw)) {
    const key = keyOfActivityId(env, raw);
    if (!key) throw fail();
    return key;
  }
  const c = decodeCursor(raw);
  if (!c || c.e !== "A1") throw fail();
  return c.k;
}

function remember(env: SimEnv, data: Rec[]): void {
  if (env.activityKeys.size > ACTIVITY_KEY_CACHE_MAX) env.activityKeys.clear();
  for (const rec of data) {
    const id = text(rec, "id");
    const at = text(rec, "created_at");
    if (id && at) env.activityKeys.set(id, [at, id]);
  }
}

export const activityRoutes: Route[] = [
  {
    id: "A1",
    method: "GET",
    template: "/v1/compliance/activities",
    scope: "read:compliance_activities",
    adminAllowed: true,
    query: QUERY,
    handle: (ctx) => {
      const q = ctx.query;
      const include = q.list("activity_types[]");
      const exclude = q.list("exclude_activity_types[]");
      if (include.length > 0 && exclude.length > 0)
        throw badRequest("activity_types[] and exclude_activity_types[] are mutually exclusive; pass only one.");
      if (q.has("after_id") && q.has("before_id")) throw badRequest("Only one of after_id and before_id may be given.");
      const after = readCursor(ctx.env, q.str("after_id"));
      const before = readCursor(ctx.env, q.str("before_id"));
      const includeSet = new Set(include);
      const excludeSet = new Set(exclude);
      // user_ids[] is an alias of actor_ids[]; both lists merge.
      const actors = new Set([...q.list("actor_ids[]"), ...q.list("user_ids[]")]);
      const accept = allOf(
        (r) => includeSet.size === 0 || includeSet.has(text(r, "type") ?? ""),
        (r) => !excludeSet.has(text(r, "type") ?? ""),
        (r) => actors.size === 0 || actors.has(text(r, "actor", "user_id") ?? ""),
        orgMatcher(q.list("organization_ids[]")),
      );
      const page = cursorPage({
        colls: [ctx.env.store.activities()],
        desc: (q.str("order") ?? "desc") === "desc",
        range: rangeOf(q, "created_at"),
        after,
        before,
        limit: q.int("limit") ?? 100,
        accept,
        cursorOf: (k) => encodeCursor({ e: "A1", k }),
      });
      remember(ctx.env, page.data);
      return json(page);
    },
  },
];
