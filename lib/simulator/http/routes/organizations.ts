import { notFound } from "../errors";
import { arrayCollection } from "../paging/walk";
import { limitParam } from "../query/spec";
import { json, text, type Route, type SimEnv } from "../route";
import { pageBody, pageTokenList } from "./shared";

const ORG_DATA = "read:compliance_org_data";
const USER_DATA = "read:compliance_user_data";
const BASE = "/v1/compliance/organizations";

const orgNotFound = (uuid: string) =>
  notFound(`The "${uuid}" organization does not exist or the requester is not authorized to access it.`);

function requireOrg(env: SimEnv, uuid: string): void {
  if (!env.store.organizations().some((o) => o.uuid === uuid)) throw orgNotFound(uuid);
}

const pageQuery = (max: number) => ({ limit: limitParam(max), page: { kind: "string" } as const });

export const organizationRoutes: Route[] = [
  {
    id: "O1",
    method: "GET",
    template: BASE,
    scope: ORG_DATA,
    // Older edition: no parameters at all, `{data}` only (reference §5.2); newest: limit/page.
    query: (env) => (env.organizationsPaginated ? pageQuery(1000) : {}),
    handle: (ctx) => {
      const orgs = ctx.env.store.organizations();
      if (!ctx.env.organizationsPaginated) return json({ data: orgs });
      const coll = arrayCollection(orgs, (o) => [text(o, "created_at") ?? "", text(o, "uuid") ?? ""]);
      return json(pageBody(pageTokenList(ctx, { endpoint: "O1", colls: [coll], defaultLimit: 1000 })));
    },
  },
  {
    id: "O2",
    method: "GET",
    template: `${BASE}/{org_uuid}/users`,
    scope: USER_DATA,
    query: pageQuery(1000),
    handle: (ctx) => {
      const org = ctx.params.org_uuid;
      const users = ctx.env.store.users(org);
      if (!users) throw orgNotFound(org);
      return json(pageBody(pageTokenList(ctx, { endpoint: "O2", scope: [org], colls: [users], defaultLimit: 500 })));
    },
  },
  {
    id: "O3",
    method: "GET",
    template: `${BASE}/{org_uuid}/roles`,
    scope: ORG_DATA,
    query: pageQuery(1000),
    handle: (ctx) => {
      const org = ctx.params.org_uuid;
      const roles = ctx.env.store.roles(org);
      if (!roles) throw orgNotFound(org);
      return json(pageBody(pageTokenList(ctx, { endpoint: "O3", scope: [org], colls: [roles], defaultLimit: 500 })));
    },
  },
  {
    id: "O4",
    method: "GET",
    template: `${BASE}/{org_uuid}/roles/{role_id}`,
    scope: ORG_DATA,
    query: {},
    handle: (ctx) => {
      requireOrg(ctx.env, ctx.params.org_uuid);
      const role = ctx.env.store.role(ctx.params.org_uuid, ctx.params.role_id);
      if (!role) throw notFound("Role not found.");
      return json(role);
    },
  },
  {
    id: "O5",
    method: "GET",
    template: `${BASE}/{org_uuid}/roles/{role_id}/permissions`,
    scope: ORG_DATA,
    query: pageQuery(1000),
    handle: (ctx) => {
      const { org_uuid: org, role_id: roleId } = ctx.params;
      requireOrg(ctx.env, org);
      const perms = ctx.env.store.rolePermissions(org, roleId);
      if (!perms) throw notFound("Role not found.");
      return json(
        pageBody(pageTokenList(ctx, { endpoint: "O5", scope: [org, roleId], colls: [perms], defaultLimit: 500 })),
      );
    },
  },
  {
    id: "O6",
    method: "GET",
    template: `${BASE}/{organization_id}/settings`,
    scope: ORG_DATA,
    unauthStatus: 401,
    query: {},
    handle: (ctx) => {
      const id = ctx.params.organization_id;
      const settings = ctx.env.store.settings(id);
      if (!settings) throw notFound(`organization \`${id}\` not found in this organization's hierarchy`);
      return json(settings);
    },
  },
];
