import type { Rec } from "../../store/types";
import { badRequest, notFound } from "../errors";
import { limitParam, timeRange as timeParams, type ParamSpec } from "../query/spec";
import { json, type Route } from "../route";
import { capMessage, sessionCap } from "../tool-caps";
import { timeMatches } from "../paging/keys";
import { bounds, hasBounds, pageTokenList, rangeOf } from "./shared";

const USER_DATA = "read:compliance_user_data";
const BASE = "/v1/compliance/apps/sessions/local";
/** Local-session cursors expire 24 h after the walk's first page (reference §3). */
export const LOCAL_WALK_MAX_AGE_MS = 24 * 60 * 60 * 1000;
export const SESSION_NOT_FOUND = "Local session not found.";

export const capParams: Record<string, ParamSpec> = {
  tool_use_input_max_bytes: { kind: "cap", allowZero: false },
  tool_result_max_bytes: { kind: "cap", allowZero: false },
};

export function checkSessionId(id: string, prefix: "clls_" | "cse_", what: string): void {
  if (!new RegExp(`^${prefix}[A-Za-z0-9]+$`).test(id)) throw badRequest(`Invalid ${what} ID format: '${id}'`);
}

export const sessionCaps = (q: { int(name: string): number | undefined }) => ({
  unit: "bytes" as const,
  toolUseInput: sessionCap(q.int("tool_use_input_max_bytes")),
  toolResult: sessionCap(q.int("tool_result_max_bytes")),
});

/** LS3 returns the session with the user's email withheld (reference §5.16). */
function withoutEmail(session: Rec): Rec {
  const user = session.user;
  if (typeof user !== "object" || user === null || Array.isArray(user)) return session;
  return { ...session, user: { ...user, email_address: null } };
}

export const localSessionRoutes: Route[] = [
  {
    id: "LS1",
    method: "GET",
    template: BASE,
    scope: USER_DATA,
    query: {
      ...timeParams("created_at", ["gte", "lt"], true),
      ...timeParams("updated_at", ["gte"], true),
      limit: limitParam(500),
      page: { kind: "string" },
    },
    handle: (ctx) => {
      const gte = ctx.query.time("created_at.gte");
      const lt = ctx.query.time("created_at.lt");
      if (gte && lt && (lt.ms < gte.ms || (lt.ms === gte.ms && !lt.subMs)))
        throw badRequest("created_at.lt must be strictly after created_at.gte.");
      const active = bounds(ctx.query, "updated_at");
      const page = pageTokenList(ctx, {
        endpoint: "LS1",
        colls: [ctx.env.store.localSessions()],
        desc: true,
        range: rangeOf(ctx.query, "created_at"),
        // updated_at.gte only filters; it does not change the order. Older records lack updated_at: their last
        // activity is then their creation.
        accept: hasBounds(active) ? (r) => timeMatches(r.updated_at ?? r.created_at, active) : undefined,
        defaultLimit: 100,
        shape: "sessions",
        maxAgeMs: LOCAL_WALK_MAX_AGE_MS,
      });
      return json({ data: page.data, next_page: page.nextPage });
    },
  },
  {
    id: "LS2",
    method: "GET",
    template: `${BASE}/{local_session_id}`,
    scope: USER_DATA,
    query: {},
    handle: (ctx) => {
      const id = ctx.params.local_session_id;
      checkSessionId(id, "clls_", "local session");
      const session = ctx.env.store.localSession(id);
      if (!session) throw notFound(SESSION_NOT_FOUND);
      return json(session);
    },
  },
  {
    id: "LS3",
    method: "GET",
    template: `${BASE}/{local_session_id}/messages`,
    scope: USER_DATA,
    query: {
      limit: limitParam(1000),
      order: { kind: "enum", values: ["asc", "desc"] },
      page: { kind: "string" },
      ...capParams,
    },
    handle: (ctx) => {
      const id = ctx.params.local_session_id;
      checkSessionId(id, "clls_", "local session");
      const session = ctx.env.store.localSession(id);
      const messages = session ? ctx.env.store.localSessionMessages(id) : undefined;
      if (!session || !messages) throw notFound(SESSION_NOT_FOUND);
      const order = ctx.query.str("order") ?? "asc";
      const page = pageTokenList(ctx, {
        endpoint: "LS3",
        scope: [id, order],
        colls: [messages],
        desc: order === "desc",
        defaultLimit: 100,
        shape: "sessions",
        maxAgeMs: LOCAL_WALK_MAX_AGE_MS,
      });
      const caps = sessionCaps(ctx.query);
      return json({
        session: withoutEmail(session),
        data: page.data.map((m) => capMessage(m, caps)),
        next_page: page.nextPage,
      });
    },
  },
];
