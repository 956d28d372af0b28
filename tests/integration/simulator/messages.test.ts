import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { call, expectApiError, getOk, landmarkId, startTestSimulator, type Sim } from "../../support/simulator";
import { ChatWithMessages, toMs } from "./support/schemas";

// C2, one chat with its messages (reference §5.9): whole set without limit, cursor pages with it.

let sim: Sim;
let longChat: string;
beforeAll(async () => {
  sim = await startTestSimulator();
  longChat = landmarkId(sim.store, "long_chat");
});
afterAll(async () => sim?.close());

const path = (chatId: string) => `/v1/compliance/apps/chats/${encodeURIComponent(chatId)}/messages`;
type Message = z.infer<typeof ChatWithMessages>["chat_messages"][number];
const ids = (ms: readonly Message[]) => ms.map((m) => m.id);

/** Walks C2 with a limit; returns the messages in walk order. Guards against cursors that do not move. */
async function walkMessages(
  chatId: string,
  query: Record<string, string | number>,
  dir: "after_id" | "before_id" = "after_id",
) {
  const out: Message[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const body = await getOk(sim, path(chatId), ChatWithMessages, {
      query: { ...query, ...(cursor ? { [dir]: cursor } : {}) },
    });
    const page = dir === "after_id" ? body.chat_messages : [...body.chat_messages].reverse();
    for (const m of page) {
      if (seen.has(m.id)) throw new Error(`message ${m.id} seen twice`);
      seen.add(m.id);
      out.push(m);
    }
    if (!body.has_more) return { messages: out, pages: pages + 1 };
    const next = dir === "after_id" ? body.last_id : body.first_id;
    if (!next || next === cursor) throw new Error("cursor did not move");
    cursor = next;
  }
  throw new Error("too many pages");
}

describe("the 5,000-message chat", () => {
  it("returns every message in one response without limit", async () => {
    const body = await getOk(sim, path(longChat), ChatWithMessages);
    expect(body.id).toBe(longChat);
    expect(body.chat_messages).toHaveLength(5000);
    expect(body.has_more).toBe(false);
    expect(new Set(ids(body.chat_messages)).size).toBe(5000);
    for (let i = 1; i < body.chat_messages.length; i++)
      expect(toMs(body.chat_messages[i].created_at)).toBeGreaterThanOrEqual(toMs(body.chat_messages[i - 1].created_at));
    expect(sim.store.messages(longChat)?.size).toBe(5000);
  });

  it("pages through the same messages, in the same order, with limit", async () => {
    const all = await getOk(sim, path(longChat), ChatWithMessages);
    const walk = await walkMessages(longChat, { limit: 1000 });
    expect(walk.pages).toBe(5);
    expect(ids(walk.messages)).toEqual(ids(all.chat_messages));
  });

  it("goes back with before_id and serves order=desc newest first", async () => {
    const first = await getOk(sim, path(longChat), ChatWithMessages, { query: { limit: 10 } });
    const second = await getOk(sim, path(longChat), ChatWithMessages, {
      query: { limit: 10, after_id: first.last_id ?? "" },
    });
    const back = await getOk(sim, path(longChat), ChatWithMessages, {
      query: { limit: 10, before_id: second.first_id ?? "" },
    });
    expect(ids(back.chat_messages)).toEqual(ids(first.chat_messages));
    const all = await getOk(sim, path(longChat), ChatWithMessages);
    const desc = await walkMessages(longChat, { limit: 1000, order: "desc" });
    expect(ids(desc.messages)).toEqual(ids(all.chat_messages).reverse());
  });

  it("rejects a limit above 1000, a foreign cursor and an undecodable one", async () => {
    await expectApiError(
      await call(sim, path(longChat), { query: { limit: 1001 } }),
      400,
      "invalid_request_error",
      "limit: Input should be less than or equal to 1000",
    );
    await expectApiError(
      await call(sim, path(longChat), { query: { after_id: "zzz" } }),
      400,
      "invalid_request_error",
      "Invalid pagination cursor for 'after_id'",
    );
    const toolChat = landmarkId(sim.store, "tool_chat");
    const other = await getOk(sim, path(toolChat), ChatWithMessages, { query: { limit: 1 } });
    expect(other.last_id).not.toBeNull();
    await expectApiError(
      await call(sim, path(longChat), { query: { after_id: other.last_id ?? "" } }),
      400,
      "invalid_request_error",
      /^Invalid pagination cursor/,
    );
  });
});

describe("message content", () => {
  it("carries the chat's metadata next to its messages", async () => {
    const toolChat = landmarkId(sim.store, "tool_chat");
    const body = await getOk(sim, path(toolChat), ChatWithMessages);
    const record = sim.store.chat(toolChat);
    expect(body.name).toBe(record?.name);
    expect(body.created_at).toBe(record?.created_at);
    expect(body.organization_uuid).toBe(record?.organization_uuid);
  });

  it("shows tool_use and tool_result blocks, incl. an integration and an MCP server", async () => {
    const body = await getOk(sim, path(landmarkId(sim.store, "tool_chat")), ChatWithMessages);
    const blocks = body.chat_messages.flatMap((m) => m.content);
    const uses = blocks.flatMap((b) => (b.type === "tool_use" ? [b] : []));
    const results = blocks.flatMap((b) => (b.type === "tool_result" ? [b] : []));
    expect(uses.length).toBeGreaterThan(0);
    expect(results.length).toBeGreaterThan(0);
    expect(
      uses.some((u) => u.integration_name !== undefined) || results.some((r) => r.integration_name !== undefined),
    ).toBe(true);
    expect(
      uses.some((u) => u.mcp_server_url !== undefined) || results.some((r) => r.mcp_server_url !== undefined),
    ).toBe(true);
    const useIds = new Set(uses.map((u) => u.id));
    for (const r of results) expect(useIds.has(r.tool_use_id)).toBe(true);
  });

  it("caps tool input and tool results by characters when asked, flagging what was cut", async () => {
    const id = landmarkId(sim.store, "tool_chat");
    const full = await getOk(sim, path(id), ChatWithMessages, {
      query: { tool_use_input_max_chars: -1, tool_result_max_chars: -1 },
    });
    expect(full).toEqual(await getOk(sim, path(id), ChatWithMessages));
    const cap = 8;
    const capped = await getOk(sim, path(id), ChatWithMessages, {
      query: { tool_use_input_max_chars: cap, tool_result_max_chars: cap },
    });
    let cuts = 0;
    full.chat_messages.forEach((m, i) =>
      m.content.forEach((block, j) => {
        const after = capped.chat_messages[i].content[j];
        if (block.type === "tool_use" && after.type === "tool_use") {
          const chars = Array.from(block.input);
          expect(after.input).toBe(chars.slice(0, cap).join(""));
          if (chars.length > cap) {
            cuts++;
            expect(after.truncated).toBe(true);
          }
        }
        if (block.type === "tool_result" && after.type === "tool_result") {
          const long = block.content.some((c) => Array.from(c.text).length > cap);
          after.content.forEach((c, k) =>
            expect(c.text).toBe(Array.from(block.content[k].text).slice(0, cap).join("")),
          );
          if (long) {
            cuts++;
            expect(after.truncated).toBe(true);
          }
        }
        if (block.type === "text") expect(after).toEqual(block);
      }),
    );
    expect(cuts).toBeGreaterThan(0);
  });

  it("blanks the content of a chat soft-deleted in claude.ai but keeps its metadata", async () => {
    const soft = landmarkId(sim.store, "soft_deleted_chat");
    const body = await getOk(sim, path(soft), ChatWithMessages);
    expect(body.deleted_at).not.toBeNull();
    expect(body.name).toBe("");
    expect(body.chat_messages.length).toBeGreaterThan(0);
    for (const m of body.chat_messages) {
      expect(m.content).toEqual([]);
      expect(m.files).toBeNull();
      expect(m.generated_files).toBeNull();
      expect(m.artifacts).toBeNull();
      expect(m.created_at).toMatch(/\S/);
    }
  });

  it("answers 404 with the documented message for an unknown chat", async () => {
    await expectApiError(
      await call(sim, path("claude_chat_doesnotexist")),
      404,
      "not_found_error",
      "Chat conversation not found: 'claude_chat_doesnotexist'",
    );
  });
});
