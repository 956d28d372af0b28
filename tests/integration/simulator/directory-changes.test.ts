import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRecords, getOk, postDirectoryChange, startTestSimulator, type Sim } from "../../support/simulator";
import { Activity, cursorPage, GroupMember, OrgUser } from "./support/schemas";
import { walkTokens } from "./support/walk";

// POST /_sim/directory: membership changes made during a review show up in the directory and in the feed.

const FEED = "/v1/compliance/activities";
const NO_OWN = { "exclude_activity_types[]": ["compliance_api_accessed"], limit: 5000 };

let sim: Sim;
let orgUuid: string;
beforeAll(async () => {
  sim = await startTestSimulator();
  orgUuid = String(sim.store.organizations()[0].uuid);
});
afterAll(async () => sim?.close());

/** Ids of the whole feed except our own access log (one page: the demo feed is well under 5,000 a page × pages). */
async function feedIds(): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | undefined;
  for (;;) {
    const page = await getOk(sim, FEED, cursorPage(Activity), {
      query: { ...NO_OWN, ...(after ? { after_id: after } : {}) },
    });
    for (const a of page.data) ids.add(a.id);
    if (!page.has_more || !page.last_id) return ids;
    after = page.last_id;
  }
}

async function applyChange(change: Record<string, unknown>): Promise<void> {
  const res = await postDirectoryChange(sim, change);
  expect(res.status, await res.clone().text()).toBe(200);
  await res.arrayBuffer();
}

const members = async (groupId: string) =>
  (
    await walkTokens(sim, `/v1/compliance/groups/${groupId}/members`, GroupMember, {
      query: { limit: 1000 },
      idOf: (m) => m.user_id,
    })
  ).items;
const users = async () =>
  (await walkTokens(sim, `/v1/compliance/organizations/${orgUuid}/users`, OrgUser, { query: { limit: 1000 } })).items;

describe("directory changes", () => {
  it("adds and removes a group member, each with a new activity", async () => {
    const group = allRecords(sim.store.groups())[0];
    const groupId = String(group.id);
    const current = new Set((await members(groupId)).map((m) => m.user_id));
    const outsider = (await users()).find((u) => !current.has(u.id));
    expect(outsider).toBeDefined();
    const userId = outsider?.id ?? "";

    const before = await feedIds();
    await applyChange({ op: "add_group_member", group_id: groupId, user_id: userId });
    expect((await members(groupId)).map((m) => m.user_id)).toContain(userId);
    const afterAdd = await feedIds();
    expect([...afterAdd].filter((id) => !before.has(id)).length).toBeGreaterThan(0);

    await applyChange({ op: "remove_group_member", group_id: groupId, user_id: userId });
    expect((await members(groupId)).map((m) => m.user_id)).not.toContain(userId);
    expect([...(await feedIds())].filter((id) => !afterAdd.has(id)).length).toBeGreaterThan(0);
  });

  it("adds a user, changes the role, removes the user", async () => {
    const email = "podrick.payne@westeros.inc";
    const before = await feedIds();
    await applyChange({
      op: "add_user",
      organization_uuid: orgUuid,
      full_name: "Podrick Payne",
      email,
      organization_role: "user",
    });
    const added = (await users()).find((u) => u.email === email);
    expect(added).toMatchObject({ full_name: "Podrick Payne", organization_role: "user" });
    const id = added?.id ?? "";

    await applyChange({ op: "set_user_role", organization_uuid: orgUuid, user_id: id, organization_role: "admin" });
    expect((await users()).find((u) => u.id === id)?.organization_role).toBe("admin");

    await applyChange({ op: "remove_user", organization_uuid: orgUuid, user_id: id });
    expect((await users()).map((u) => u.id)).not.toContain(id);
    const fresh = [...(await feedIds())].filter((x) => !before.has(x));
    expect(fresh.length).toBeGreaterThanOrEqual(3);
  });

  it("rejects a malformed change with 400", async () => {
    for (const body of [{ op: "teleport_user" }, { op: "add_group_member", group_id: "" }]) {
      const res = await postDirectoryChange(sim, body);
      expect(res.status).toBe(400);
      await res.arrayBuffer();
    }
  });
});
