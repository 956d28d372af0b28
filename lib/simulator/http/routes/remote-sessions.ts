import type { Rec } from "../../store/types";
import { notFound } from "../errors";
import { limitParam, timeRange as timeParams } from "../query/spec";
import { json, text, type Route } from "../route";
import { capMessage } from "../tool-caps";
import { capParams, checkSessionId, sessionCaps } from "./local-sessions";
import { orgMatcher, pageTokenList, rangeOf, unique } from "./shared";

const USER_DATA = "read:compliance_user_data";
const BASE = "/v1/compliance/apps/sessions/remote";

/** RS2 withholds these; clients must read them from RS1 (reference §5.17). */
function redacted(session: Rec): Rec {
  const user = session.user;
  const safeUser =
    typeof user === "object" && user !== null && !Array.isArray(user) ? { ...user, email_address: null } : user;
  return { ...session, user: safeUser, started_by_user: null, claude_project_id: null };
}

export const remoteSessionRoutes: Route[] = [
  {
    id: "RS1",
    method: "GET",
    template: BASE,
    scope: USER_DATA,
    remoteBudget: true,
    query: {
      "organization_ids[]": { kind: "list", maxItems: 500 },
      "user_ids[]": { kind: "list", maxItems: 10 },
      ...timeParams("created_at"),
      limit: limitParam(500),
      page: { kind: "string" },
    },
    handle: (ctx) => {
      const store = ctx.env.store;
      const users = unique(ctx.query.list("user_ids[]"));
      const page = pageTokenList(ctx, {
        endpoint: "RS1",
        colls: users.length > 0 ? users.map((u) => store.remoteSessionsOfUser(u)) : [store.remoteSessions()],
        desc: true,
        range: rangeOf(ctx.query, "created_at"),
        accept: orgMatcher(ctx.query.list("organization_ids[]")),
        defaultLimit: 100,
        shape: "sessions",
      });
      return json({ data: page.data, next_page: page.nextPage });
    },
  },
  {
    id: "RS2",
    method: "GET",
    template: `${BASE}/{claude_remote_session_id}/messages`,
    scope: USER_DATA,
    remoteBudget: true,
    query: {
      limit: limitParam(1000),
      order: { kind: "enum", values: ["asc", "desc"] },
      page: { kind: "string" },
      ...capParams,
    },
    handle: (ctx) => {
      const id = ctx.params.claude_remote_session_id;
      checkSessionId(id, "cse_", "remote session");
      const session = ctx.env.store.remoteSession(id);
      // Still-pending sessions are indistinguishable from missing ones.
      const messages =
        session && text(session, "status") !== "pending" ? ctx.env.store.remoteSessionMessages(id) : undefined;
      if (!session || !messages) throw notFound("Remote session not found.");
      const order = ctx.query.str("order") ?? "asc";
      const page = pageTokenList(ctx, {
        endpoint: "RS2",
        scope: [id, order],
        colls: [messages],
        desc: order === "desc",
        defaultLimit: 100,
        shape: "sessions",
      });
      const caps = sessionCaps(ctx.query);
      return json({
        session: redacted(session),
        data: page.data.map((m) => capMessage(m, caps)),
        next_page: page.nextPage,
      });
    },
  },
];
