import type { Rec } from "../../store/types";
import { notFound } from "../errors";
import { limitParam } from "../query/spec";
import { json, text, type Route } from "../route";
import { pageBody, pageTokenList } from "./shared";

const BASE = "/v1/compliance/groups";

export const groupRoutes: Route[] = [
  {
    id: "G1",
    method: "GET",
    template: BASE,
    scope: "read:compliance_org_data",
    query: { limit: limitParam(1000), name_prefix: { kind: "string" }, page: { kind: "string" } },
    handle: (ctx) => {
      const prefix = ctx.query.str("name_prefix")?.toLowerCase();
      const accept = prefix ? (g: Rec) => (text(g, "name") ?? "").toLowerCase().startsWith(prefix) : undefined;
      return json(
        pageBody(pageTokenList(ctx, { endpoint: "G1", colls: [ctx.env.store.groups()], accept, defaultLimit: 500 })),
      );
    },
  },
  {
    id: "G2",
    method: "GET",
    template: `${BASE}/{group_id}`,
    scope: "read:compliance_org_data",
    query: {},
    handle: (ctx) => {
      const group = ctx.env.store.group(ctx.params.group_id);
      if (!group) throw notFound("Group not found.");
      return json(group);
    },
  },
  {
    id: "G3",
    method: "GET",
    template: `${BASE}/{group_id}/members`,
    scope: "read:compliance_user_data",
    query: { limit: limitParam(1000), page: { kind: "string" } },
    handle: (ctx) => {
      const id = ctx.params.group_id;
      const members = ctx.env.store.groupMembers(id);
      if (!members) throw notFound("Group not found.");
      return json(pageBody(pageTokenList(ctx, { endpoint: "G3", scope: [id], colls: [members], defaultLimit: 500 })));
    },
  },
];
