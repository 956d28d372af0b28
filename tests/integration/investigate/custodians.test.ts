import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CustodianSearchDto, GroupListDto, GroupMembersDto } from "@/lib/schemas/investigate";
import { listGroupMembersRoute, listGroupsRoute, searchCustodiansRoute } from "@/lib/server/custodians/routes";
import { directoryCacheFor } from "@/lib/server/directory-cache/directory-cache";
import { searchCustodians } from "@/lib/server/custodians/search-custodians";
import { testOp } from "@/tests/support/operation";
import { allRecords } from "@/tests/support/simulator";
import { okJson, simClient, startInvestigation, type Investigation } from "./support/harness";

describe("custodian search and groups", () => {
  let t: Investigation;
  beforeAll(async () => {
    t = await startInvestigation();
  });
  afterAll(async () => t?.close());

  /** Every user of every linked org, first org wins (the console lists a person once). */
  function directory(): Map<string, { name: string; email: string; org: string }> {
    const out = new Map<string, { name: string; email: string; org: string }>();
    for (const org of t.store.organizations()) {
      for (const u of allRecords(t.store.users(String(org.uuid)))) {
        if (!out.has(String(u.id)))
          out.set(String(u.id), { name: String(u.full_name), email: String(u.email), org: String(org.name) });
      }
    }
    return out;
  }

  it("finds people by part of their name or email across every linked org", async () => {
    const people = directory();
    const orgs = new Set([...people.values()].map((p) => p.org));
    expect(orgs.size).toBeGreaterThan(1);
    const someone = [...people.entries()].find(([, p]) => p.org !== t.store.organizations()[0].name);
    if (!someone) throw new Error("no user outside the parent org");
    const [id, person] = someone;
    const q = person.name.split(" ").at(-1)?.slice(0, 4) ?? person.name;
    const res = await okJson(
      await t.call(searchCustodiansRoute, `/api/custodians?q=${encodeURIComponent(q)}&limit=100`),
      CustodianSearchDto,
    );
    const expected = [...people.entries()]
      .filter(
        ([, p]) => p.name.toLowerCase().includes(q.toLowerCase()) || p.email.toLowerCase().includes(q.toLowerCase()),
      )
      .map(([pid]) => pid);
    expect(res.total).toBe(expected.length);
    expect(new Set(res.items.map((c) => c.id))).toEqual(new Set(expected));
    expect(res.items.find((c) => c.id === id)).toMatchObject({
      name: person.name,
      email: person.email,
      organizationName: person.org,
    });

    const byEmail = await okJson(
      await t.call(searchCustodiansRoute, `/api/custodians?q=${encodeURIComponent(person.email.toUpperCase())}`),
      CustodianSearchDto,
    );
    expect(byEmail.items[0].id).toBe(id);

    const entry = (await t.auditOf()).filter((e) => e.action === "custodian.search").at(-1);
    expect(entry).toMatchObject({
      outcome: "success",
      targets: [],
      details: { q: person.email.toUpperCase(), matches: 1 },
    });
  });

  it("loads the directory once however many searches arrive together, then serves them from the cache", async () => {
    const client = simClient(t.sim);
    const before = (await t.stats()).by_endpoint["GET /v1/compliance/organizations"] ?? 0;
    const audit = { record: async () => ({ id: "x", seq: 0, hash: "h", at: new Date() }) };
    const results = await Promise.all(
      ["a", "b", "c", "d", "e"].map((q) => searchCustodians({ ...testOp({ client, audit }), input: { q, limit: 5 } })),
    );
    expect(results.every((r) => r.items.length > 0)).toBe(true);
    await searchCustodians({ ...testOp({ client, audit }), input: { q: "z", limit: 5 } });
    expect(directoryCacheFor(client).loads).toBe(1);
    expect((await t.stats()).by_endpoint["GET /v1/compliance/organizations"]).toBe(before + 1);
  });

  it("lists groups, and a group's members with names from the directory", async () => {
    const groups = await okJson(await t.call(listGroupsRoute, "/api/groups"), GroupListDto);
    expect(groups.items.map((g) => g.id).sort()).toEqual(
      allRecords(t.store.groups())
        .map((g) => String(g.id))
        .sort(),
    );
    const group = allRecords(t.store.groups()).find((g) => (t.store.groupMembers(String(g.id))?.size ?? 0) > 1);
    if (!group) throw new Error("no group with members");
    const groupId = String(group.id);
    const members = await okJson(
      await t.call(listGroupMembersRoute, `/api/groups/${groupId}/members`, { groupId }),
      GroupMembersDto,
    );
    const people = directory();
    const stored = allRecords(t.store.groupMembers(groupId));
    expect(members.items.map((m) => m.id)).toEqual(stored.map((m) => String(m.user_id)));
    for (const m of members.items) {
      const person = people.get(m.id);
      expect(m).toMatchObject(person ? { name: person.name, inDirectory: true } : { name: null, inDirectory: false });
    }
  });

  it("needs no purpose to pick custodians, but refuses an auditor", async () => {
    t.as.analystWithoutPurpose();
    expect((await t.call(searchCustodiansRoute, "/api/custodians?q=a")).status).toBe(200);
    t.as.auditor();
    expect((await t.call(searchCustodiansRoute, "/api/custodians?q=a")).status).toBe(403);
    t.as.analyst();
  });
});
