import { badRequest } from "../errors";
import { decodeCursor, encodeCursor } from "../paging/cursor";
import { cursorPage } from "../paging/cursor-page";
import type { Key } from "../paging/keys";
import type { ParsedQuery } from "../query/parse";
import { limitParam, timeRange as timeParams, type QuerySpec } from "../query/spec";
import { json, text, type Route } from "../route";
import { allOf, bounds, hasBounds, liveness, orgMatcher, rangeOf, unique } from "./shared";

const QUERY: QuerySpec = {
  "user_ids[]": { kind: "list", maxItems: 10 },
  "organization_ids[]": { kind: "list" },
  "project_ids[]": { kind: "list" },
  order_by: { kind: "enum", values: ["created_at", "updated_at"] },
  ...timeParams("created_at"),
  ...timeParams("updated_at"),
  after_id: { kind: "string" },
  before_id: { kind: "string" },
  limit: limitParam(1000),
};

/** The C1 rules of reference §5.8: which filters, sort keys and cursor directions go together. */
function checkCombination(q: ParsedQuery, orderBy: string, perUser: boolean): void {
  const created = hasBounds(bounds(q, "created_at"));
  const updated = hasBounds(bounds(q, "updated_at"));
  if (q.has("after_id") && q.has("before_id")) throw badRequest("Only one of after_id and before_id may be given.");
  if (!perUser && q.list("project_ids[]").length > 0)
    throw badRequest("project_ids[] can only be used together with user_ids[].");
  if (perUser) {
    if (orderBy === "updated_at")
      throw badRequest("order_by=updated_at is only supported for organization-wide queries (omit user_ids[]).");
    if (updated)
      throw badRequest(
        "updated_at filters are no longer supported together with user_ids[] (deprecated, removed on 2026-09-22). " +
          "Use created_at filters, or an organization-wide query with order_by=updated_at.",
      );
    return;
  }
  if (updated && orderBy !== "updated_at")
    throw badRequest("updated_at filters require order_by=updated_at on organization-wide queries.");
  if (created && orderBy !== "created_at")
    throw badRequest("created_at filters require order_by=created_at on organization-wide queries.");
  if (q.has("before_id"))
    throw badRequest("before_id is not supported for organization-wide queries; pass user_ids[] to page backwards.");
}

function readCursor(raw: string | undefined, param: string, orderBy: string): Key | undefined {
  if (raw === undefined) return undefined;
  const c = decodeCursor(raw);
  if (!c || c.e !== "C1") throw badRequest(`Invalid pagination cursor for '${param}'`);
  // Chat cursors are bound to the order_by they were issued under (reference §3).
  if (c.b !== orderBy)
    throw badRequest(
      `Invalid pagination cursor for '${param}': it was issued for order_by=${c.b}, not order_by=${orderBy}`,
    );
  return c.k;
}

export const chatListRoute: Route = {
  id: "C1",
  method: "GET",
  template: "/v1/compliance/apps/chats",
  scope: "read:compliance_user_data",
  query: QUERY,
  handle: (ctx) => {
    const q = ctx.query;
    const store = ctx.env.store;
    const users = unique(q.list("user_ids[]"));
    const perUser = users.length > 0;
    const orderBy = q.str("order_by") ?? "created_at";
    checkCombination(q, orderBy, perUser);
    const after = readCursor(q.str("after_id"), "after_id", orderBy);
    const before = readCursor(q.str("before_id"), "before_id", orderBy);
    const projects = new Set(q.list("project_ids[]"));
    const colls = perUser
      ? users.map((u) => store.chatsOfUser(u))
      : [orderBy === "updated_at" ? store.chatsByUpdated() : store.chatsByCreated()];
    const page = cursorPage({
      colls,
      desc: false, // chats are served oldest first; after_id heads towards newer
      range: rangeOf(q, orderBy),
      after,
      before,
      limit: q.int("limit") ?? 100,
      accept: allOf(
        liveness(ctx.env, (id) => store.chat(id) !== undefined),
        orgMatcher(q.list("organization_ids[]")),
        (r) => projects.size === 0 || projects.has(text(r, "project_id") ?? ""),
      ),
      cursorOf: (k) => encodeCursor({ e: "C1", k, b: orderBy }),
    });
    return json(page);
  },
};
