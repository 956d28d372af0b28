import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { allRecords, call, expectApiError, getOk, KEYS, startTestSimulator, type Sim } from "../../support/simulator";
import {
  EffectiveSettings,
  Group,
  GroupMember,
  Organization,
  OrgUser,
  Permission,
  Role,
  tokenPage,
  toMs,
} from "./support/schemas";
import { walkTokens } from "./support/walk";

// O1–O6 and G1–G3 (reference §5.2–§5.7): page-token walks checked against the seeded directory.

const ORGS = "/v1/compliance/organizations";
const GROUPS = "/v1/compliance/groups";

let sim: Sim;
let legacy: Sim;
let orgUuid: string;
beforeAll(async () => {
  [sim, legacy] = await Promise.all([startTestSimulator(), startTestSimulator({ organizationsPaginated: false })]);
  orgUuid = String(sim.store.organizations()[0].uuid);
});
afterAll(async () => Promise.all([sim?.close(), legacy?.close()]));

const permKey = (p: z.infer<typeof Permission>) => `${p.resource_type}|${p.resource_id}|${p.action}`;

describe("organizations (O1)", () => {
  it("pages through every organization in the newest form", async () => {
    const expected = sim.store.organizations().map((o) => o.uuid);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const walk = await walkTokens(sim, ORGS, Organization, { query: { limit: 1 }, idOf: (o) => o.uuid });
    expect(walk.items.map((o) => o.uuid)).toEqual(expected);
    expect(walk.pages).toBeGreaterThanOrEqual(expected.length);
    const one = await getOk(sim, ORGS, tokenPage(Organization));
    expect(one.has_more).toBe(false);
    expect(one.next_page).toBeNull();
  });

  it("returns {data} only in the older form, and takes no parameters there", async () => {
    const res = await call(legacy, ORGS);
    expect(res.status).toBe(200);
    const body = z
      .object({ data: z.array(Organization) })
      .strict()
      .parse(await res.json());
    expect(body.data.map((o) => o.uuid)).toEqual(legacy.store.organizations().map((o) => o.uuid));
  });
});

describe("users (O2)", () => {
  it("walks every member of each org in join order", async () => {
    for (const org of sim.store.organizations()) {
      const uuid = String(org.uuid);
      const expected = allRecords(sim.store.users(uuid)).map((u) => u.id);
      const walk = await walkTokens(sim, `${ORGS}/${uuid}/users`, OrgUser, { query: { limit: 7 } });
      expect(walk.items.map((u) => u.id)).toEqual(expected);
      for (let i = 1; i < walk.items.length; i++)
        expect(toMs(walk.items[i].created_at)).toBeGreaterThanOrEqual(toMs(walk.items[i - 1].created_at));
    }
    const page = await getOk(sim, `${ORGS}/${orgUuid}/users`, tokenPage(OrgUser), { query: { limit: 1000 } });
    const roles = new Set(page.data.map((u) => u.organization_role));
    expect(roles.size).toBeGreaterThan(1);
  });

  it("answers 404 for an unknown org", async () => {
    const uuid = "00000000-0000-4000-8000-000000000000";
    await expectApiError(
      await call(sim, `${ORGS}/${uuid}/users`),
      404,
      "not_found_error",
      `The "${uuid}" organization does not exist or the requester is not authorized to access it.`,
    );
  });
});

describe("roles and permissions (O3–O5)", () => {
  it("walks roles, fetches each one and walks its permissions", async () => {
    const expected = allRecords(sim.store.roles(orgUuid)).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    const walk = await walkTokens(sim, `${ORGS}/${orgUuid}/roles`, Role, { query: { limit: 2 } });
    expect(walk.items.map((r) => r.id)).toEqual(expected);
    let permissionsSeen = 0;
    for (const role of walk.items) {
      expect(await getOk(sim, `${ORGS}/${orgUuid}/roles/${role.id}`, Role)).toEqual(role);
      const perms = await walkTokens(sim, `${ORGS}/${orgUuid}/roles/${role.id}/permissions`, Permission, {
        query: { limit: 1 },
        idOf: permKey,
      });
      expect(perms.items.length).toBe(sim.store.rolePermissions(orgUuid, role.id)?.size);
      permissionsSeen += perms.items.length;
    }
    expect(permissionsSeen).toBeGreaterThan(0);
  });

  it("answers 404 Role not found", async () => {
    await expectApiError(
      await call(sim, `${ORGS}/${orgUuid}/roles/rbac_role_nope`),
      404,
      "not_found_error",
      "Role not found.",
    );
  });
});

describe("effective settings (O6)", () => {
  it("returns the enforced settings and the hierarchy's keys without secrets", async () => {
    const res = await call(sim, `${ORGS}/${orgUuid}/settings`);
    const text = await res.text();
    expect(res.status).toBe(200);
    const body = EffectiveSettings.parse(JSON.parse(text));
    expect(body.organization_id).toBe(orgUuid);
    expect(body.settings.length).toBeGreaterThan(0);
    for (const key of Object.values(KEYS)) expect(text).not.toContain(key);
  });

  it("answers the same 404 for an unknown org and a non-UUID", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "org_not_a_uuid"])
      await expectApiError(
        await call(sim, `${ORGS}/${id}/settings`),
        404,
        "not_found_error",
        `organization \`${id}\` not found in this organization's hierarchy`,
      );
  });
});

describe("groups (G1–G3)", () => {
  it("walks groups, fetches each and walks its members", async () => {
    const expected = allRecords(sim.store.groups()).map((g) => g.id);
    expect(expected.length).toBeGreaterThan(1);
    const walk = await walkTokens(sim, GROUPS, Group, { query: { limit: 2 } });
    expect(walk.items.map((g) => g.id)).toEqual(expected);
    expect(new Set(walk.items.map((g) => g.source_type)).size).toBeGreaterThan(1);
    for (const group of walk.items) {
      expect(await getOk(sim, `${GROUPS}/${group.id}`, Group)).toEqual(group);
      const members = await walkTokens(sim, `${GROUPS}/${group.id}/members`, GroupMember, {
        query: { limit: 3 },
        idOf: (m) => m.user_id,
      });
      expect(members.items.map((m) => m.user_id)).toEqual(
        allRecords(sim.store.groupMembers(group.id)).map((m) => m.user_id),
      );
    }
  });

  it("filters by name_prefix", async () => {
    const [first] = allRecords(sim.store.groups());
    const prefix = String(first.name).slice(0, 3);
    const walk = await walkTokens(sim, GROUPS, Group, { query: { name_prefix: prefix, limit: 1000 } });
    expect(walk.items.map((g) => g.id)).toContain(first.id);
    for (const g of walk.items) expect(g.name.toLowerCase().startsWith(prefix.toLowerCase())).toBe(true);
  });

  it("answers 404 Group not found", async () => {
    for (const path of [`${GROUPS}/rbac_group_nope`, `${GROUPS}/rbac_group_nope/members`])
      await expectApiError(await call(sim, path), 404, "not_found_error", "Group not found.");
  });
});

describe("page tokens", () => {
  it("serves the same page again for the same token (a retry after a failure is safe)", async () => {
    const first = await getOk(sim, `${ORGS}/${orgUuid}/users`, tokenPage(OrgUser), { query: { limit: 5 } });
    const query = { limit: 5, page: first.next_page ?? "" };
    const a = await getOk(sim, `${ORGS}/${orgUuid}/users`, tokenPage(OrgUser), { query });
    const b = await getOk(sim, `${ORGS}/${orgUuid}/users`, tokenPage(OrgUser), { query });
    expect(b).toEqual(a);
    expect(a.data.map((u) => u.id)).not.toContain(first.data[0].id);
  });

  it("rejects a token presented to another request, and garbage", async () => {
    const users = await getOk(sim, `${ORGS}/${orgUuid}/users`, tokenPage(OrgUser), { query: { limit: 1 } });
    expect(users.next_page).not.toBeNull();
    const msg = "The page parameter is not a valid cursor for this request.";
    await expectApiError(
      await call(sim, `${ORGS}/${orgUuid}/roles`, { query: { page: users.next_page ?? "" } }),
      400,
      "invalid_request_error",
      msg,
    );
    await expectApiError(
      await call(sim, GROUPS, { query: { page: users.next_page ?? "" } }),
      400,
      "invalid_request_error",
      msg,
    );
    await expectApiError(
      await call(sim, `${ORGS}/${orgUuid}/users`, { query: { page: "page_garbage" } }),
      400,
      "invalid_request_error",
      msg,
    );
  });
});
