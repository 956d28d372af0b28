import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TranscriptDto, type MessageDto } from "@/lib/schemas/investigate";
import { transcriptRoute } from "@/lib/server/chats/routes";
import { landmarkId, landmarkIds } from "@/tests/support/simulator";
import { errorOf, okJson, startInvestigation, type Investigation } from "./support/harness";

describe("chat transcripts", () => {
  let t: Investigation;
  beforeAll(async () => {
    t = await startInvestigation();
  });
  afterAll(async () => t?.close());

  const read = (chatId: string, query = "") =>
    t.call(transcriptRoute, `/api/chats/${chatId}/messages${query}`, { chatId });

  it("keeps tool calls as they happened: MCP and integration fields, errors, and a truncated input kept raw", async () => {
    const chatId = landmarkId(t.store, "tool_chat");
    const { messages } = await okJson(await read(chatId), TranscriptDto);
    const blocks = messages.flatMap((m) => m.blocks);
    const uses = blocks.filter((b) => b.type === "tool_use");
    const results = blocks.filter((b) => b.type === "tool_result");
    expect(uses.length).toBeGreaterThan(2);
    expect(results.length).toBeGreaterThan(2);

    const mcpUse = uses.find((b) => b.mcpServerUrl !== null);
    expect(mcpUse).toMatchObject({
      name: "ledger_query",
      integrationName: "Iron Bank Ledger",
      mcpServerUrl: "https://mcp.ironbank.example/sse",
      inputIsValidJson: true,
    });
    expect(mcpUse?.type === "tool_use" && JSON.parse(mcpUse.input)).toEqual({
      sql: "select sum(amount) from fees where kind = 'harbour'",
    });
    // Pretty-printed for reading.
    expect(mcpUse?.type === "tool_use" && mcpUse.input).toContain("\n  ");

    const mcpResult = results.find((b) => b.type === "tool_result" && b.toolUseId === mcpUse?.id);
    expect(mcpResult).toMatchObject({
      isError: true,
      integrationName: "Iron Bank Ledger",
      mcpServerUrl: "https://mcp.ironbank.example/sse",
    });
    expect(mcpResult?.type === "tool_result" && mcpResult.content[0].text).toContain("PermissionDenied");

    expect(uses.some((b) => b.integrationName === "Google Drive" && b.mcpServerUrl === null)).toBe(true);
    const cut = uses.find((b) => b.truncated);
    expect(cut).toMatchObject({ inputIsValidJson: false });
    const upstream = t.store.messages(chatId);
    const raw = JSON.stringify(Array.from({ length: upstream?.size ?? 0 }, (_, i) => upstream?.at(i)));
    expect(cut?.type === "tool_use" && raw.includes(JSON.stringify(cut.input).slice(1, -1))).toBe(true);
  });

  it("pages through the 5,000-message chat in order without losing or repeating a message", async () => {
    const chatId = landmarkId(t.store, "long_chat");
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const page: TranscriptDto = await okJson(await read(chatId, query), TranscriptDto);
      ids.push(...page.messages.map((m: MessageDto) => m.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(ids.length).toBe(5000);
    expect(t.store.messages(chatId)?.size).toBe(5000);
    expect(new Set(ids).size).toBe(5000);
    const stored = t.store.messages(chatId);
    expect(ids[0]).toBe(stored?.at(0).id);
    expect(ids[4999]).toBe(stored?.at(4999).id);
    expect(pages).toBe(5);
  });

  it("shows a chat deleted in claude.ai as a tombstone: deletedAt set, messages kept without content", async () => {
    const { chat, messages } = await okJson(await read(landmarkId(t.store, "soft_deleted_chat")), TranscriptDto);
    expect(chat.deletedAt).not.toBeNull();
    expect(chat.name).toBe("");
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toMatchObject({ blocks: [], files: [], generatedFiles: [], artifacts: [] });
  });

  it("keeps hostile text as raw strings for the browser to render inertly", async () => {
    const chatId = landmarkIds(t.store, "hostile_chats")[0];
    const { chat, messages } = await okJson(await read(chatId), TranscriptDto);
    const text = messages.flatMap((m) => m.blocks).flatMap((b) => (b.type === "text" ? [b.text] : []));
    expect(text.some((s) => s.includes("<script>"))).toBe(true);
    expect(chat.name).toBe(t.store.chat(chatId)?.name);
  });

  it("audits every page as chat.view with the chat and its custodian, and a failed read as a failure", async () => {
    const chatId = landmarkId(t.store, "tool_chat");
    await okJson(await read(chatId), TranscriptDto);
    const view = (await t.auditOf()).filter((e) => e.action === "chat.view").at(-1);
    const owner = t.store.chat(chatId)?.user;
    const ownerId = owner && typeof owner === "object" && !Array.isArray(owner) ? owner.id : null;
    expect(view).toMatchObject({
      outcome: "success",
      targets: [
        { type: "chat", id: chatId },
        { type: "custodian", id: ownerId },
      ],
    });
    expect(view?.purpose).toMatchObject({ id: t.purpose.id });

    const missing = await errorOf(await read("claude_chat_doesnotexist0000"));
    expect(missing).toMatchObject({ status: 404, code: "not_found" });
    const failure = (await t.auditOf()).filter((e) => e.action === "chat.view").at(-1);
    expect(failure).toMatchObject({
      outcome: "failure",
      targets: [{ type: "chat", id: "claude_chat_doesnotexist0000" }],
      details: { error: "not_found" },
    });
  });

  it("refuses a malformed cursor and a missing purpose before calling upstream", async () => {
    const chatId = landmarkId(t.store, "tool_chat");
    const before = (await t.stats()).requests_total;
    expect((await errorOf(await read(chatId, "?cursor=bm90LW91cnM"))).fields).toEqual({
      cursor: ["Invalid or expired cursor; reload the list"],
    });
    t.as.analystWithoutPurpose();
    expect((await errorOf(await read(chatId))).code).toBe("purpose_required");
    t.as.analyst();
    expect((await t.stats()).requests_total).toBe(before);
  });
});
