import { describe, expect, it } from "vitest";
import { BIG_FILE_BYTES } from "@/lib/simulator/store/attachments";
import { all, demoStore, landmark, landmarks, list, obj, str, strings } from "./helpers";

const DAY = 86_400_000;

describe("demo landmarks", () => {
  const s = demoStore();

  it("has a chat with exactly 5,000 messages", () => {
    expect(s.messages(landmark(s, "long_chat"))?.size).toBe(5000);
  });

  it("has a 1 GiB upload attached to a chat message, owned by a non-custodian", () => {
    const file = s.file(landmark(s, "big_file"));
    expect(file?.size_bytes).toBe(BIG_FILE_BYTES);
    expect(BIG_FILE_BYTES).toBe(1073741824);
    const [chatId] = strings(file ?? {}, "claude_chat_ids");
    const chat = s.chat(chatId);
    expect(chat).toBeDefined();
    const messages = all(s.messages(chatId));
    expect(
      messages.some((m) => list(m, "files").some((f) => f.id === file?.id && f.size_bytes === BIG_FILE_BYTES)),
    ).toBe(true);
    expect(landmarks(s, "demo_custodians")).not.toContain(str(obj(chat ?? {}, "user"), "id"));
  });

  it("names at least ten custodians with chats and small uploads in the last 30 days", () => {
    const custodians = landmarks(s, "demo_custodians");
    expect(custodians.length).toBeGreaterThanOrEqual(10);
    const since = s.now.getTime() - 30 * DAY;
    for (const user of custodians) {
      const chats = all(s.chatsOfUser(user));
      const recent = chats.filter((c) => Date.parse(str(c, "created_at")) >= since);
      expect(recent.length, user).toBeGreaterThan(0);
      const files = recent.flatMap((c) =>
        all(s.messages(str(c, "id"))).flatMap((m) => (Array.isArray(m.files) ? list(m, "files") : [])),
      );
      expect(files.length, user).toBeGreaterThan(0);
      for (const c of chats) {
        for (const m of all(s.messages(str(c, "id")))) {
          for (const f of Array.isArray(m.files) ? list(m, "files") : [])
            expect(Number(f.size_bytes), str(f, "filename")).toBeLessThanOrEqual(5 * 1024 * 1024);
        }
      }
    }
  });

  it("has tool_use/tool_result blocks incl. an integration, an MCP server, an error and a truncated input", () => {
    const blocks = all(s.messages(landmark(s, "tool_chat"))).flatMap((m) => list(m, "content"));
    const uses = blocks.filter((b) => b.type === "tool_use");
    const results = blocks.filter((b) => b.type === "tool_result");
    expect(uses.some((b) => b.name === "web_search")).toBe(true);
    expect(uses.some((b) => b.integration_name === "Google Drive")).toBe(true);
    expect(uses.some((b) => typeof b.mcp_server_url === "string")).toBe(true);
    expect(results.some((b) => b.is_error === true)).toBe(true);
    const truncated = uses.filter((b) => b.truncated === true);
    expect(truncated.length).toBeGreaterThan(0);
    for (const b of truncated) expect(() => JSON.parse(str(b, "input"))).toThrow();
    for (const b of uses.filter((x) => x.truncated === false)) expect(() => JSON.parse(str(b, "input"))).not.toThrow();
    expect(uses.every((b) => str(b, "id").startsWith("toolu_"))).toBe(true);
  });

  it("blanks soft-deleted chats: empty name, deleted_at, empty content and null attachments", () => {
    const id = landmark(s, "soft_deleted_chat");
    const chat = s.chat(id);
    expect(chat?.name).toBe("");
    expect(typeof chat?.deleted_at).toBe("string");
    const messages = all(s.messages(id));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(m).toMatchObject({ content: [], files: null, generated_files: null, artifacts: null });
      expect(typeof m.created_at).toBe("string");
    }
    const soft = all(s.chatsByCreated()).filter((c) => c.deleted_at !== null);
    expect(soft.every((c) => c.name === "")).toBe(true);
  });

  it("plants hostile strings in chat names, message text and filenames", () => {
    const chats = landmarks(s, "hostile_chats").map((id) => s.chat(id));
    const names = chats.map((c) => String(c?.name)).join("\n");
    expect(names).toContain("<script>alert(1)</script>");
    expect(names).toContain("<img src=x onerror=alert(1)>");
    expect(names).toContain("<iframe");
    const texts = landmarks(s, "hostile_chats")
      .flatMap((id) => all(s.messages(id)))
      .flatMap((m) => list(m, "content"))
      .map((b) => String(b.text ?? ""));
    const joined = texts.filter((t) => t.length < 100_000).join("\n");
    for (const needle of ["javascript:", "![x](https://evil.example/x.png)", "<script>", "<iframe", "\u202E"])
      expect(joined).toContain(needle);
    expect(texts.some((t) => Buffer.byteLength(t) === 2 * 1024 * 1024)).toBe(true);
    const filenames = landmarks(s, "hostile_files").map((id) => String(s.file(id)?.filename));
    for (const needle of ["../../etc/passwd", "\r\n", '"', "Résumé – 履歴書.pdf", "\u202E", "\u200B", "<script>"]) {
      expect(
        filenames.some((f) => f.includes(needle)),
        JSON.stringify(needle),
      ).toBe(true);
    }
  });

  it("has a project with attached chats and one without", () => {
    const withChats = landmark(s, "project_with_chats");
    expect(s.projectChatIds(withChats).length).toBeGreaterThan(0);
    for (const id of s.projectChatIds(withChats)) expect(s.chat(id)?.project_id).toBe(withChats);
    expect(s.project(withChats)?.chats_count).toBe(s.projectChatIds(withChats).length);
    expect(s.projectChatIds(landmark(s, "project_without_chats"))).toEqual([]);
  });
});
