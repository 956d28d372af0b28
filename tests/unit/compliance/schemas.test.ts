import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  UpstreamActivityPage,
  UpstreamChatWithMessages,
  UpstreamGroupPage,
  UpstreamOrganizationList,
} from "@/lib/compliance/schemas";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/compliance/${name}`, import.meta.url)), "utf8"));

describe("upstream schemas", () => {
  it("keep unknown fields, unknown activity types and unknown actor types", () => {
    const page = UpstreamActivityPage.parse(fixture("activity-page.json"));
    expect(page.data[1].type).toBe("brand_new_activity_type_2027");
    expect(page.data[1].actor).toEqual({ type: "quantum_actor", entanglement_id: "q_1" });
    expect(page.data[1].some_future_field).toEqual({ nested: [1, 2, 3] });
    expect(page.data[0].claude_chat_id).toBe("claude_chat_01");
    expect(page.request_trace).toBe("unknown envelope fields survive too");
  });

  it("read offset-less timestamps as UTC and leave explicit offsets alone", () => {
    const page = UpstreamActivityPage.parse(fixture("activity-page.json"));
    expect(page.data[0].created_at).toBe("2026-04-21T14:38:25.123456Z");
    const chat = UpstreamChatWithMessages.parse(fixture("chat-with-messages.json"));
    expect(chat.updated_at).toBe("2026-03-02T09:00:00+02:00");
    const groups = UpstreamGroupPage.parse(fixture("group-page.json"));
    expect(groups.data[0].created_at).toBe("2025-03-12T18:22:41.123456Z");
    expect(groups.data[0].source_type).toBe("okta_push");
  });

  it("accept the older unpaginated organizations list as a complete page", () => {
    const orgs = UpstreamOrganizationList.parse(fixture("organizations-older.json"));
    expect(orgs).toMatchObject({ has_more: false, next_page: null });
    expect(orgs.data[0].name).toBe("Westeros Inc");
  });

  it("parse tool blocks and keep unknown content block types", () => {
    const chat = UpstreamChatWithMessages.parse(fixture("chat-with-messages.json"));
    expect(chat.chat_messages[0].content[1]).toEqual({ type: "image_v2", ref: "future block type" });
    expect(chat.chat_messages[1].content[0]).toMatchObject({ type: "tool_use", mcp_server_url: "https://mcp.example" });
    expect(chat.chat_messages[1].generated_files?.[0].id).toBe("claude_gen_file_01");
  });

  it("reject a record missing a required field", () => {
    expect(UpstreamActivityPage.safeParse({ data: [{ id: "a" }], has_more: false }).success).toBe(false);
  });
});
