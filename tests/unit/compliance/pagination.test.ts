import { afterEach, describe, expect, it } from "vitest";
import { createComplianceClient } from "@/lib/compliance/client";
import { PaginationError } from "@/lib/compliance/errors";
import { recordingSleep, startScriptedServer, TEST_ACCESS_KEY, type Reply } from "./support/scripted-server";

let server: Awaited<ReturnType<typeof startScriptedServer>> | undefined;
afterEach(async () => server?.close());

const chat = (id: string) => ({
  id,
  name: id,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
  deleted_at: null,
  href: "",
  model: null,
  organization_uuid: "o",
  project_id: null,
  user: null,
});
const chatPage = (ids: string[], hasMore: boolean) => ({
  data: ids.map(chat),
  has_more: hasMore,
  first_id: ids[0] ?? null,
  last_id: ids.at(-1) ?? null,
});

async function clientFor(script: Reply[]) {
  server = await startScriptedServer(script);
  return createComplianceClient({ baseUrl: server.url, accessKey: TEST_ACCESS_KEY, sleep: recordingSleep().sleep });
}
const query = (i: number) => new URL(server?.requests[i].url ?? "", "http://x").searchParams;

describe("cursor pagination", () => {
  it("walks with after_id = last_id, records the checkpoint and resumes from it", async () => {
    const client = await clientFor([
      { status: 200, body: chatPage(["c1", "c2"], true) },
      { status: 200, body: chatPage(["c3"], false) },
      { status: 200, body: chatPage(["c3"], false) },
    ]);
    const walk = client.chats.iterate({ userIds: ["u1"], limit: 2 });
    const seen: string[][] = [];
    const checkpoints: unknown[] = [];
    for await (const page of walk) {
      seen.push(page.data.map((c) => c.id));
      checkpoints.push(walk.checkpoint);
    }
    expect(seen).toEqual([["c1", "c2"], ["c3"]]);
    expect(checkpoints).toEqual([{ after_id: "c2" }, null]);
    expect(query(0).get("after_id")).toBeNull();
    expect(query(1).get("after_id")).toBe("c2");
    expect(walk.done).toBe(true);

    const resumed = await client.chats.iterate({ userIds: ["u1"], limit: 2 }, { resume: { after_id: "c2" } }).toArray();
    expect(resumed.map((c) => c.id)).toEqual(["c3"]);
    expect(query(2).get("after_id")).toBe("c2");
  });

  it("retries a failed page with the same cursor (the position never advances on failure)", async () => {
    const client = await clientFor([
      { status: 200, body: chatPage(["c1"], true) },
      { status: 503, body: { error: { type: "overloaded_error", message: "busy" } } },
      { status: 200, body: chatPage(["c2"], false) },
    ]);
    const ids = (await client.chats.iterate({ userIds: ["u1"] }).toArray()).map((c) => c.id);
    expect(ids).toEqual(["c1", "c2"]);
    expect(query(1).get("after_id")).toBe("c1");
    expect(query(2).get("after_id")).toBe("c1");
  });

  it("stops with PaginationError when the server hands back the same cursor", async () => {
    const client = await clientFor([
      { status: 200, body: chatPage(["c1"], true) },
      { status: 200, body: { data: [], has_more: true, first_id: null, last_id: "c1" } },
    ]);
    await expect(client.chats.iterate({ userIds: ["u1"] }).toArray()).rejects.toThrow(PaginationError);
    expect(server?.requests).toHaveLength(2);
  });

  it("stops with PaginationError when an id shows up twice", async () => {
    const client = await clientFor([
      { status: 200, body: chatPage(["c1", "c2"], true) },
      { status: 200, body: chatPage(["c2", "c3"], true) },
    ]);
    await expect(client.chats.iterate({ userIds: ["u1"] }).toArray()).rejects.toThrow(/c2 appeared twice/);
  });
});

describe("page-token pagination", () => {
  const user = (id: string) => ({
    id,
    full_name: id,
    email: `${id}@x`,
    created_at: "2026-01-01T00:00:00",
    organization_role: "user",
  });

  it("follows next_page and records { page } checkpoints", async () => {
    const client = await clientFor([
      { status: 200, body: { data: [user("u1")], has_more: true, next_page: "page_2" } },
      { status: 200, body: { data: [user("u2")], has_more: false, next_page: null } },
    ]);
    const walk = client.organizations.iterateUsers("org-1", { limit: 1 });
    const checkpoints: unknown[] = [];
    const ids: string[] = [];
    for await (const page of walk) {
      ids.push(...page.data.map((u) => u.id));
      checkpoints.push(walk.checkpoint);
    }
    expect(ids).toEqual(["u1", "u2"]);
    expect(checkpoints).toEqual([{ page: "page_2" }, null]);
    expect(query(1).get("page")).toBe("page_2");
  });

  it("keeps going through empty session pages until next_page is null", async () => {
    const session = (id: string) => ({
      type: "compliance_local_session",
      id,
      organization_uuid: "o",
      user: { id: "u", email_address: null },
      product_surface: "claude_code",
      workspace_id: null,
      created_at: "2026-01-01T00:00:00Z",
    });
    const client = await clientFor([
      { status: 200, body: { data: [session("clls_1")], next_page: "p2" } },
      { status: 200, body: { data: [], next_page: "p3" } },
      { status: 200, body: { data: [session("clls_2")], next_page: null } },
    ]);
    const ids = (await client.localSessions.iterate().toArray()).map((s) => s.id);
    expect(ids).toEqual(["clls_1", "clls_2"]);
  });

  it("stops when next_page repeats the request's token", async () => {
    const client = await clientFor([
      { status: 200, body: { data: [], has_more: true, next_page: "same" } },
      { status: 200, body: { data: [], has_more: true, next_page: "same" } },
    ]);
    await expect(client.codeArtifacts.iterate().toArray()).rejects.toThrow(/cursor did not move/);
    expect(server?.requests).toHaveLength(2);
  });
});
