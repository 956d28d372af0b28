import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatPageDto, type ChatSummaryDto } from "@/lib/schemas/investigate";
import { listChatsRoute } from "@/lib/server/chats/routes";
import { allRecords, landmarkId, landmarkIds } from "@/tests/support/simulator";
import { errorOf, FIXED_NOW, okJson, startInvestigation, windowOf, type Investigation } from "./support/harness";

describe("chat lists", () => {
  let t: Investigation;
  beforeAll(async () => {
    t = await startInvestigation();
  });
  afterAll(async () => t?.close());

  const url = (q: Record<string, string>) => `/api/chats?${new URLSearchParams(q)}`;

  /** Every chat of these users created in [from, to), in the upstream's order (created_at, id). */
  function expectedChats(userIds: string[], from: string, to: string): string[] {
    const rows = userIds.flatMap((u) => allRecords(t.store.chatsOfUser(u)));
    return rows
      .filter((c) => String(c.created_at) >= from && String(c.created_at) < to)
      .sort(
        (a, b) => String(a.created_at).localeCompare(String(b.created_at)) || String(a.id).localeCompare(String(b.id)),
      )
      .map((c) => String(c.id));
  }

  async function walk(query: Record<string, string>): Promise<ChatSummaryDto[]> {
    const items: ChatSummaryDto[] = [];
    let cursor: string | null = null;
    do {
      const page: ChatPageDto = await okJson(
        await t.call(listChatsRoute, url({ ...query, ...(cursor ? { cursor } : {}) })),
        ChatPageDto,
      );
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  it("refuses 11 custodians with 422 naming user_ids, before any upstream request", async () => {
    const before = await t.stats();
    const ids = Array.from({ length: 11 }, (_, i) => `user_${String(i).padStart(4, "0")}`);
    const res = await t.call(listChatsRoute, url({ user_ids: ids.join(","), ...windowOf(FIXED_NOW, 30) }));
    const err = await errorOf(res);
    expect(err.status).toBe(422);
    expect(err.code).toBe("invalid_input");
    expect(err.fields?.user_ids).toEqual(["at most 10 custodians per query"]);
    expect((await t.stats()).requests_total).toBe(before.requests_total);
  });

  it("lists three custodians' chats over 30 days exactly as the store holds them, page by page", async () => {
    const custodians = landmarkIds(t.store, "demo_custodians").slice(0, 3);
    const { from, to } = windowOf(FIXED_NOW, 30);
    const expected = expectedChats(custodians, from, to);
    expect(expected.length).toBeGreaterThan(3);
    const items = await walk({ user_ids: custodians.join(","), from, to, limit: "3" });
    expect(items.map((c) => c.id)).toEqual(expected);
    for (const chat of items) expect(custodians).toContain(chat.custodian?.id);
    const sample = t.store.chat(items[0].id);
    expect(items[0]).toMatchObject({
      name: sample?.name,
      createdAt: sample?.created_at,
      updatedAt: sample?.updated_at,
      model: sample?.model ?? null,
    });
  });

  it("sorts by last update across the whole window, newest first", async () => {
    const custodians = landmarkIds(t.store, "demo_custodians").slice(0, 3);
    const { from, to } = windowOf(FIXED_NOW, 30);
    const items = await walk({ user_ids: custodians.join(","), from, to, sort: "updated_at", limit: "4" });
    expect(new Set(items.map((c) => c.id))).toEqual(new Set(expectedChats(custodians, from, to)));
    const updated = items.map((c) => c.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  it("names each chat's project, asking P2 once per project however many chats and pages name it", async () => {
    const projectId = landmarkId(t.store, "project_with_chats");
    const chatIds = t.store.projectChatIds(projectId);
    const owners = [...new Set(chatIds.map((id) => (t.store.chat(id)?.user as { id: string } | null)?.id ?? ""))];
    const query = { user_ids: owners.filter(Boolean).slice(0, 10).join(","), ...windowOf(FIXED_NOW, 365), limit: "5" };
    const p2 = async () =>
      Object.entries((await t.stats()).by_endpoint)
        .filter(([endpoint]) => /\/apps\/projects\/\{project_id\}$/.test(endpoint))
        .reduce((n, [, count]) => n + count, 0);
    const before = await p2();
    const items = await walk(query);
    const afterFirst = await p2();
    await walk(query);
    const inProject = items.filter((c) => c.projectId === projectId);
    expect(inProject.length).toBe(chatIds.filter((id) => items.some((c) => c.id === id)).length);
    expect(inProject.length).toBeGreaterThan(0);
    for (const c of inProject) expect(c.projectName).toBe(t.store.project(projectId)?.name);
    for (const c of items.filter((x) => x.projectId === null)) expect(c.projectName).toBeNull();
    // Earlier tests may have named some of these projects already: at most one P2 each, and none the second time.
    const projects = new Set(items.flatMap((c) => (c.projectId ? [c.projectId] : [])));
    expect(afterFirst - before).toBeLessThanOrEqual(projects.size);
    expect(await p2()).toBe(afterFirst);
  });

  it("writes a chat.list audit entry naming the custodians, stamped with the purpose", async () => {
    const custodians = landmarkIds(t.store, "demo_custodians").slice(3, 5);
    await okJson(
      await t.call(listChatsRoute, url({ user_ids: custodians.join(","), ...windowOf(FIXED_NOW, 7) })),
      ChatPageDto,
    );
    const entry = (await t.auditOf()).filter((e) => e.action === "chat.list").at(-1);
    expect(entry?.outcome).toBe("success");
    expect(entry?.targets).toEqual(custodians.map((id) => ({ type: "custodian", id })));
    expect(entry?.purpose).toMatchObject({ id: t.purpose.id, reference: "CASE-2026-042" });
  });

  it("validates the window", async () => {
    const custodian = landmarkIds(t.store, "demo_custodians")[0];
    const backwards = await errorOf(
      await t.call(
        listChatsRoute,
        url({ user_ids: custodian, from: FIXED_NOW.toISOString(), to: "2026-01-01T00:00:00Z" }),
      ),
    );
    expect(backwards).toMatchObject({ status: 422, fields: { to: ["must be after from"] } });
    const missing = await errorOf(await t.call(listChatsRoute, url({ user_ids: custodian })));
    expect(Object.keys(missing.fields ?? {})).toEqual(["from", "to"]);
  });

  it("asks for a purpose (428) and refuses an auditor (403)", async () => {
    const q = url({ user_ids: landmarkIds(t.store, "demo_custodians")[0], ...windowOf(FIXED_NOW, 30) });
    t.as.analystWithoutPurpose();
    expect((await errorOf(await t.call(listChatsRoute, q))).status).toBe(428);
    t.as.auditor();
    expect((await errorOf(await t.call(listChatsRoute, q))).status).toBe(403);
    t.as.analyst();
  });
});
