import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  allRecords,
  call,
  expectApiError,
  getOk,
  KEYS,
  landmarkIds,
  startTestSimulator,
  type Sim,
} from "../../support/simulator";
import { Activity, cursorPage, toMs } from "./support/schemas";
import { walkCursor } from "./support/walk";

// A1, the Activity Feed (reference §5.1, §3, §6): newest first, cursors both ways, filters, raw ids as cursors.

const PATH = "/v1/compliance/activities";
const OWN = "compliance_api_accessed"; // one per authenticated call: excluded from every total below
const NO_OWN = { "exclude_activity_types[]": [OWN] };
const Page = cursorPage(Activity);
type Activity = z.infer<typeof Activity>;

let sim: Sim;
let seeded: Record<string, unknown>[];
beforeAll(async () => {
  sim = await startTestSimulator();
  seeded = allRecords(sim.store.activities()).filter((a) => a.type !== OWN);
});
afterAll(async () => sim?.close());

const ids = (items: readonly { id: string }[]) => items.map((a) => a.id);
const idSet = (records: readonly Record<string, unknown>[]) => new Set(records.map((r) => String(r.id)));

function expectOrdered(items: readonly Activity[], order: "asc" | "desc") {
  for (let i = 1; i < items.length; i++) {
    const a = toMs(items[i - 1].created_at);
    const b = toMs(items[i].created_at);
    if (order === "desc" ? a < b : a > b)
      throw new Error(`out of ${order} order at ${i}: ${items[i - 1].created_at} then ${items[i].created_at}`);
  }
}

describe("shape and defaults", () => {
  it("returns a cursor page of 100 activities, newest first, with the common fields", async () => {
    expect(seeded.length).toBeGreaterThan(100);
    const page = await getOk(sim, PATH, Page, { query: NO_OWN });
    expect(page.data).toHaveLength(100);
    expect(page.has_more).toBe(true);
    expect(page.first_id).not.toBeNull();
    expectOrdered(page.data, "desc");
    const newest = seeded.map((a) => toMs(String(a.created_at))).reduce((m, t) => Math.max(m, t), 0);
    expect(toMs(page.data[0].created_at)).toBe(newest);
  });
});

describe("walking to the end", () => {
  it("walks newest → oldest with after_id, no gap, no duplicate", async () => {
    const walk = await walkCursor(sim, PATH, Activity, { query: { ...NO_OWN, limit: 5000 } });
    expect(walk.items.length).toBe(seeded.length);
    expect(new Set(ids(walk.items))).toEqual(idSet(seeded));
    expectOrdered(walk.items, "desc");
  });

  it("walks oldest → newest with order=asc", async () => {
    const walk = await walkCursor(sim, PATH, Activity, { query: { ...NO_OWN, order: "asc", limit: 3000 } });
    expect(new Set(ids(walk.items))).toEqual(idSet(seeded));
    expectOrdered(walk.items, "asc");
    expect(walk.pages).toBeGreaterThan(1);
  });

  it("goes back with before_id = first_id of the next page", async () => {
    const q = { ...NO_OWN, limit: 25 };
    const first = await getOk(sim, PATH, Page, { query: q });
    const second = await getOk(sim, PATH, Page, { query: { ...q, after_id: first.last_id ?? "" } });
    expect(new Set(ids(second.data)).size).toBe(25);
    expect(ids(second.data).some((id) => ids(first.data).includes(id))).toBe(false);
    const back = await getOk(sim, PATH, Page, { query: { ...q, before_id: second.first_id ?? "" } });
    expect(ids(back.data)).toEqual(ids(first.data));
  });

  it("walks back over an ascending feed with before_id, from its newest end", async () => {
    const q = { ...NO_OWN, limit: 5000, order: "asc" };
    const asc = await walkCursor(sim, PATH, Activity, { query: q });
    const lastPage = await getOk(sim, PATH, Page, {
      query: { ...NO_OWN, limit: 2, order: "asc", after_id: asc.items[asc.items.length - 3].id },
    });
    expect(ids(lastPage.data)).toEqual(ids(asc.items.slice(-2)));
    const back = await walkCursor(sim, PATH, Activity, {
      query: { ...q, limit: 4000 },
      direction: "before_id",
      start: lastPage.first_id ?? "",
    });
    expect(ids(back.items)).toEqual(ids(asc.items.slice(0, -2)).reverse());
  });

  it("accepts a raw activity id as a cursor", async () => {
    const page = await getOk(sim, PATH, Page, { query: { ...NO_OWN, limit: 10 } });
    const next = await getOk(sim, PATH, Page, { query: { ...NO_OWN, limit: 3, after_id: page.data[4].id } });
    expect(ids(next.data)).toEqual(ids(page.data.slice(5, 8)));
    const prev = await getOk(sim, PATH, Page, { query: { ...NO_OWN, limit: 2, before_id: page.data[4].id } });
    expect(ids(prev.data)).toEqual(ids(page.data.slice(2, 4)));
  });
});

describe("filters", () => {
  it("filters by activity type", async () => {
    const walk = await walkCursor(sim, PATH, Activity, {
      query: { "activity_types[]": ["claude_chat_created", "claude_file_uploaded"], limit: 5000 },
    });
    const expected = seeded.filter((a) => a.type === "claude_chat_created" || a.type === "claude_file_uploaded");
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(ids(walk.items))).toEqual(idSet(expected));
  });

  it("filters by actor, with user_ids[] as an alias of actor_ids[]", async () => {
    const user = landmarkIds(sim.store, "demo_custodians")[0];
    const expected = seeded.filter(
      (a) => typeof a.actor === "object" && a.actor !== null && "user_id" in a.actor && a.actor.user_id === user,
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const name of ["actor_ids[]", "user_ids[]"]) {
      const walk = await walkCursor(sim, PATH, Activity, { query: { [name]: [user], limit: 5000 } });
      expect(new Set(ids(walk.items)), name).toEqual(idSet(expected));
    }
  });

  it("filters by organization, by tagged id or bare uuid alike", async () => {
    const org = sim.store.organizations()[0];
    const expected = seeded.filter((a) => a.organization_uuid === org.uuid);
    const tagged = expected.map((a) => a.organization_id).find((v): v is string => typeof v === "string");
    expect(tagged).toMatch(/^org_/);
    const byUuid = await walkCursor(sim, PATH, Activity, {
      query: { "organization_ids[]": [String(org.uuid)], limit: 5000 },
    });
    const byTag = await walkCursor(sim, PATH, Activity, {
      query: { "organization_ids[]": [tagged ?? ""], limit: 5000 },
    });
    expect(new Set(ids(byUuid.items))).toEqual(idSet(expected));
    expect(new Set(ids(byTag.items))).toEqual(idSet(expected));
  });

  it("filters by a created_at window", async () => {
    const now = sim.store.now.getTime();
    const gte = new Date(now - 20 * 86_400_000).toISOString();
    const lt = new Date(now - 10 * 86_400_000).toISOString();
    const expected = seeded.filter(
      (a) => toMs(String(a.created_at)) >= toMs(gte) && toMs(String(a.created_at)) < toMs(lt),
    );
    expect(expected.length).toBeGreaterThan(0);
    const walk = await walkCursor(sim, PATH, Activity, {
      query: { ...NO_OWN, "created_at.gte": gte, "created_at.lt": lt, limit: 1000 },
    });
    expect(new Set(ids(walk.items))).toEqual(idSet(expected));
  });
});

describe("window bounds", () => {
  it("includes gte/lte and excludes gt/lt at the exact timestamp, so gte/lt windows tile without overlap", async () => {
    const pivot = seeded[Math.floor(seeded.length / 2)];
    const at = String(pivot.created_at);
    const sameInstant = seeded.filter((a) => toMs(String(a.created_at)) === toMs(at));
    const count = async (q: Record<string, string>) =>
      (await walkCursor(sim, PATH, Activity, { query: { ...NO_OWN, ...q, limit: 5000 } })).items;
    const lower = await count({ "created_at.lt": at });
    const upper = await count({ "created_at.gte": at });
    expect(lower.length + upper.length).toBe(seeded.length);
    expect(ids(upper)).toContain(pivot.id);
    expect(ids(lower)).not.toContain(pivot.id);
    const gt = await count({ "created_at.gt": at });
    const lte = await count({ "created_at.lte": at });
    expect(upper.length - gt.length).toBe(sameInstant.length);
    expect(lte.length - lower.length).toBe(sameInstant.length);
  });

  it("returns an empty page with null cursors for an empty window", async () => {
    const page = await getOk(sim, PATH, Page, { query: { "created_at.lt": "2001-01-01T00:00:00Z" } });
    expect(page).toEqual({ data: [], has_more: false, first_id: null, last_id: null });
  });
});

describe("errors", () => {
  it("rejects a cursor that is neither ours nor an activity id", async () => {
    await expectApiError(
      await call(sim, PATH, { query: { after_id: "garbage" } }),
      400,
      "invalid_request_error",
      "Invalid activity_id format: 'garbage'",
    );
    await expectApiError(
      await call(sim, PATH, { query: { before_id: "bm90LWEtY3Vyc29y" } }),
      400,
      "invalid_request_error",
      /^Invalid activity_id format: /,
    );
  });

  it("rejects after_id together with before_id", async () => {
    const page = await getOk(sim, PATH, Page, { query: { limit: 2 } });
    await expectApiError(
      await call(sim, PATH, { query: { after_id: page.last_id ?? "", before_id: page.first_id ?? "" } }),
      400,
      "invalid_request_error",
    );
  });

  it("rejects unknown activity types and include + exclude together", async () => {
    await expectApiError(
      await call(sim, PATH, { query: { "activity_types[]": ["claude_chat_created", "no_such_type"] } }),
      400,
      "invalid_request_error",
      "activity_types[].1: Input is not one of the permitted values.",
    );
    await expectApiError(
      await call(sim, PATH, {
        query: { "activity_types[]": ["claude_chat_created"], "exclude_activity_types[]": [OWN] },
      }),
      400,
      "invalid_request_error",
    );
  });
});

describe("the API's own access log", () => {
  it("records each authenticated call as compliance_api_accessed with an api_actor and no key", async () => {
    await call(sim, "/v1/compliance/apps/chats", { key: KEYS.readOnly, query: { limit: 1 } }).then((r) =>
      r.arrayBuffer(),
    );
    const page = await getOk(sim, PATH, Page, { query: { "activity_types[]": [OWN], limit: 5 } });
    const hit = page.data.find((a) => String(a.url).includes("/v1/compliance/apps/chats"));
    expect(hit, JSON.stringify(page.data.map((a) => a.url))).toBeDefined();
    expect(hit?.actor.type).toBe("api_actor");
    expect(hit?.actor.api_key_id).toEqual(expect.any(String));
    expect(hit?.request_method).toBe("GET");
    expect(hit?.status_code).toBe(200);
    expect(hit?.request_id).toEqual(expect.any(String));
    const text = JSON.stringify(page);
    for (const key of Object.values(KEYS)) expect(text).not.toContain(key);
  });
});
