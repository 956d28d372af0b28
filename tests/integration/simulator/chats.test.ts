import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  allRecords,
  call,
  expectApiError,
  getOk,
  idsOf,
  landmarkId,
  landmarkIds,
  startTestSimulator,
  type Sim,
} from "../../support/simulator";
import { Chat, cursorPage, toMs } from "./support/schemas";
import { walkCursor } from "./support/walk";

// C1, chat metadata (reference §5.8): org-wide by created_at or updated_at, per-custodian merges, and its rules.

const PATH = "/v1/compliance/apps/chats";
const Page = cursorPage(Chat);
type Chat = z.infer<typeof Chat>;

let sim: Sim;
let custodians: string[];
beforeAll(async () => {
  sim = await startTestSimulator();
  custodians = landmarkIds(sim.store, "demo_custodians").slice(0, 10);
});
afterAll(async () => sim?.close());

const ids = (items: readonly Chat[]) => items.map((c) => c.id);

function expectAscending(items: readonly Chat[], field: "created_at" | "updated_at") {
  for (let i = 1; i < items.length; i++) {
    const a = toMs(items[i - 1][field]);
    const b = toMs(items[i][field]);
    if (a > b || (a === b && items[i - 1].id > items[i].id)) throw new Error(`not ascending by ${field} at ${i}`);
  }
}

describe("org-wide walks", () => {
  it("walks every chat oldest first by created_at (the default)", async () => {
    const expected = idsOf(allRecords(sim.store.chatsByCreated()));
    expect(expected.length).toBeGreaterThan(300);
    const walk = await walkCursor(sim, PATH, Chat, { query: { limit: 1000 } });
    expect(ids(walk.items)).toEqual(expected);
    expectAscending(walk.items, "created_at");
  });

  it("walks every chat by updated_at", async () => {
    const walk = await walkCursor(sim, PATH, Chat, { query: { order_by: "updated_at", limit: 150 } });
    expect(new Set(ids(walk.items))).toEqual(new Set(idsOf(allRecords(sim.store.chatsByCreated()))));
    expectAscending(walk.items, "updated_at");
    expect(walk.pages).toBeGreaterThan(2);
  });

  it("defaults to 100 chats a page", async () => {
    const page = await getOk(sim, PATH, Page);
    expect(page.data).toHaveLength(100);
    expect(page.has_more).toBe(true);
  });

  it("filters org-wide by updated_at only under order_by=updated_at", async () => {
    const now = sim.store.now.getTime();
    const gte = new Date(now - 15 * 86_400_000).toISOString();
    const walk = await walkCursor(sim, PATH, Chat, {
      query: { order_by: "updated_at", "updated_at.gte": gte, limit: 1000 },
    });
    const expected = allRecords(sim.store.chatsByUpdated()).filter((c) => toMs(String(c.updated_at)) >= toMs(gte));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(walk.items)).toEqual(idsOf(expected));
  });

  it("keeps chats soft-deleted in claude.ai listed, with deleted_at and an empty name", async () => {
    const softId = landmarkId(sim.store, "soft_deleted_chat");
    const walk = await walkCursor(sim, PATH, Chat, { query: { limit: 1000 } });
    const soft = walk.items.find((c) => c.id === softId);
    expect(soft).toBeDefined();
    expect(soft?.deleted_at).not.toBeNull();
    expect(soft?.name).toBe("");
  });
});

describe("per-custodian walks (user_ids[])", () => {
  it("merges ten custodians' chats into one created_at order", async () => {
    expect(custodians).toHaveLength(10);
    const expected = custodians.flatMap((u) => idsOf(allRecords(sim.store.chatsOfUser(u))));
    expect(expected.length).toBeGreaterThan(10);
    const walk = await walkCursor(sim, PATH, Chat, { query: { "user_ids[]": custodians, limit: 7 } });
    expect(new Set(ids(walk.items))).toEqual(new Set(expected));
    expect(walk.items.length).toBe(expected.length);
    expectAscending(walk.items, "created_at");
    for (const chat of walk.items) expect(custodians).toContain(chat.user?.id);
  });

  it("goes back with before_id", async () => {
    const q = { "user_ids[]": custodians, limit: 5 };
    const first = await getOk(sim, PATH, Page, { query: q });
    const second = await getOk(sim, PATH, Page, { query: { ...q, after_id: first.last_id ?? "" } });
    const back = await getOk(sim, PATH, Page, { query: { ...q, before_id: second.first_id ?? "" } });
    expect(ids(back.data)).toEqual(ids(first.data));
  });

  it("narrows to projects with project_ids[]", async () => {
    const projectId = landmarkId(sim.store, "project_with_chats");
    const attached = sim.store.projectChatIds(projectId);
    expect(attached.length).toBeGreaterThan(0);
    const owners = [
      ...new Set(
        attached
          .map((id) => sim.store.chat(id)?.user)
          .map((u) => (u && typeof u === "object" && !Array.isArray(u) ? String(u.id) : "")),
      ),
    ];
    const walk = await walkCursor(sim, PATH, Chat, {
      query: { "user_ids[]": owners.slice(0, 10), "project_ids[]": [projectId], limit: 1000 },
    });
    expect(walk.items.length).toBeGreaterThan(0);
    for (const chat of walk.items) expect(chat.project_id).toBe(projectId);
    if (owners.length <= 10) expect(new Set(ids(walk.items))).toEqual(new Set(attached));
  });
});

describe("filters", () => {
  it("filters by organization, by bare uuid or tagged org_ id alike", async () => {
    const all = allRecords(sim.store.chatsByCreated());
    const org = String(sim.store.organizations()[1].uuid);
    const expected = idsOf(all.filter((c) => c.organization_uuid === org));
    expect(expected.length).toBeGreaterThan(0);
    const tagged = all.find((c) => c.organization_uuid === org)?.organization_id;
    const byUuid = await walkCursor(sim, PATH, Chat, { query: { "organization_ids[]": [org], limit: 1000 } });
    expect(ids(byUuid.items)).toEqual(expected);
    if (typeof tagged === "string") {
      const byTag = await walkCursor(sim, PATH, Chat, { query: { "organization_ids[]": [tagged], limit: 1000 } });
      expect(ids(byTag.items)).toEqual(expected);
    }
  });

  it("filters custodians' chats by a created_at window", async () => {
    const now = sim.store.now.getTime();
    const gte = new Date(now - 30 * 86_400_000).toISOString();
    const lt = new Date(now - 5 * 86_400_000).toISOString();
    const inWindow = (c: Record<string, unknown>) =>
      toMs(String(c.created_at)) >= toMs(gte) && toMs(String(c.created_at)) < toMs(lt);
    const expected = custodians.flatMap((u) => allRecords(sim.store.chatsOfUser(u)).filter(inWindow));
    expect(expected.length).toBeGreaterThan(0);
    const walk = await walkCursor(sim, PATH, Chat, {
      query: { "user_ids[]": custodians, "created_at.gte": gte, "created_at.lt": lt, limit: 1000 },
    });
    expect(new Set(ids(walk.items))).toEqual(new Set(idsOf(expected)));
  });
});

describe("the rules of C1", () => {
  const bad = (query: Record<string, string | string[]>) => call(sim, PATH, { query });

  it("rejects more than ten user ids", async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => custodians[i % custodians.length] + (i >= 10 ? "x" : ""));
    await expectApiError(await bad({ "user_ids[]": eleven }), 400, "invalid_request_error", /user_ids/);
  });

  it("rejects order_by=updated_at and updated_at filters with user_ids[]", async () => {
    await expectApiError(
      await bad({ "user_ids[]": [custodians[0]], order_by: "updated_at" }),
      400,
      "invalid_request_error",
    );
    await expectApiError(
      await bad({ "user_ids[]": [custodians[0]], "updated_at.gte": "2026-09-01T00:00:00Z" }),
      400,
      "invalid_request_error",
    );
  });

  it("rejects before_id and project_ids[] on org-wide queries", async () => {
    const page = await getOk(sim, PATH, Page, { query: { limit: 2 } });
    await expectApiError(await bad({ before_id: page.last_id ?? "" }), 400, "invalid_request_error");
    await expectApiError(
      await bad({ "project_ids[]": [landmarkId(sim.store, "project_with_chats")] }),
      400,
      "invalid_request_error",
    );
  });

  it("rejects org-wide filters that do not match the sort key", async () => {
    await expectApiError(
      await bad({ order_by: "updated_at", "created_at.gte": "2026-09-01T00:00:00Z" }),
      400,
      "invalid_request_error",
    );
    await expectApiError(await bad({ "updated_at.gte": "2026-09-01T00:00:00Z" }), 400, "invalid_request_error");
  });

  it("binds a cursor to the order_by it came from", async () => {
    const page = await getOk(sim, PATH, Page, { query: { limit: 3 } });
    await expectApiError(
      await bad({ order_by: "updated_at", after_id: page.last_id ?? "" }),
      400,
      "invalid_request_error",
      /^Invalid pagination cursor for 'after_id'/,
    );
    const upd = await getOk(sim, PATH, Page, { query: { order_by: "updated_at", limit: 3 } });
    await expectApiError(
      await bad({ after_id: upd.last_id ?? "" }),
      400,
      "invalid_request_error",
      /^Invalid pagination cursor for 'after_id'/,
    );
  });

  it("rejects undecodable cursors and after_id with before_id", async () => {
    await expectApiError(
      await bad({ after_id: "not-a-cursor" }),
      400,
      "invalid_request_error",
      "Invalid pagination cursor for 'after_id'",
    );
    await expectApiError(
      await bad({ after_id: "claude_chat_0000" }),
      400,
      "invalid_request_error",
      "Invalid pagination cursor for 'after_id'",
    );
    const page = await getOk(sim, PATH, Page, { query: { "user_ids[]": custodians, limit: 2 } });
    await expectApiError(
      await bad({ "user_ids[]": custodians, after_id: page.last_id ?? "", before_id: page.first_id ?? "" }),
      400,
      "invalid_request_error",
    );
  });
});
