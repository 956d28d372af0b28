import { describe, expect, it } from "vitest";
import { MessageBlockDto } from "@/lib/schemas/investigate";
import { toBlockDto } from "@/lib/server/chats/to-message-dto";

describe("transcript blocks", () => {
  it("pretty-prints valid tool input and keeps a truncated one raw", () => {
    const ok = toBlockDto({
      type: "tool_use",
      id: "toolu_1",
      name: "q",
      input: '{"a":[1,2]}',
      mcp_server_url: "https://mcp.example/sse",
      integration_name: "Ledger",
      truncated: false,
    });
    expect(ok).toEqual({
      type: "tool_use",
      id: "toolu_1",
      name: "q",
      integrationName: "Ledger",
      mcpServerUrl: "https://mcp.example/sse",
      input: '{\n  "a": [\n    1,\n    2\n  ]\n}',
      inputIsValidJson: true,
      truncated: false,
    });
    const cut = toBlockDto({ type: "tool_use", id: null, name: "q", input: '{"sql":"select', truncated: true });
    expect(cut).toMatchObject({
      id: null,
      input: '{"sql":"select',
      inputIsValidJson: false,
      truncated: true,
      integrationName: null,
      mcpServerUrl: null,
    });
  });

  it("splits tool results into text and anything else, and keeps unknown blocks verbatim", () => {
    const result = toBlockDto({
      type: "tool_result",
      tool_use_id: "toolu_1",
      name: "q",
      is_error: true,
      content: [
        { type: "text", text: "boom" },
        { type: "image", source: "x" },
      ],
      truncated: false,
    });
    expect(result).toMatchObject({
      type: "tool_result",
      toolUseId: "toolu_1",
      isError: true,
      content: [{ type: "text", text: "boom" }],
      otherContent: [{ type: "image", source: "x" }],
    });
    const unknown = toBlockDto({ type: "thinking_summary", summary: "<b>hi</b>", n: 2 });
    expect(unknown).toEqual({
      type: "unknown",
      blockType: "thinking_summary",
      raw: { type: "thinking_summary", summary: "<b>hi</b>", n: 2 },
    });
    for (const block of [result, unknown]) expect(MessageBlockDto.parse(block)).toEqual(block);
  });

  it("keeps text exactly as written, markup included", () => {
    expect(toBlockDto({ type: "text", text: "<script>alert(1)</script>" })).toEqual({
      type: "text",
      text: "<script>alert(1)</script>",
      truncated: false,
    });
  });
});
