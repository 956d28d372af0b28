import { describe, expect, it } from "vitest";
import type { MessageDto } from "@/lib/schemas/investigate";
import { findHits, firstHitFrom, locateHit } from "@/components/transcript/message-search";
import { artifactHistories } from "@/components/transcript/artifact-compare";
import { neighbourChat } from "@/components/investigate/chat-context";

const message = (over: Partial<MessageDto>): MessageDto => ({
  id: "msg_1",
  role: "user",
  createdAt: "2026-11-01T00:00:00Z",
  blocks: [],
  files: [],
  generatedFiles: [],
  artifacts: [],
  model: null,
  provenance: null,
  contentUnavailable: false,
  sentByUserId: null,
  ...over,
});

describe("find in transcript", () => {
  it("finds text, tool inputs, tool results and filenames, case-insensitively, counting every match", () => {
    const messages = [
      message({ blocks: [{ type: "text", text: "The **Iron** Bank, the iron throne", truncated: false }] }),
      message({
        id: "msg_2",
        blocks: [
          {
            type: "tool_use",
            id: null,
            name: "web_search",
            integrationName: null,
            mcpServerUrl: null,
            input: '{"q":"iron"}',
            inputIsValidJson: true,
            truncated: false,
          },
        ],
      }),
      message({
        id: "msg_3",
        blocks: [
          {
            type: "tool_result",
            toolUseId: null,
            name: null,
            isError: false,
            content: [{ type: "text", text: "nothing" }],
            otherContent: [],
            integrationName: null,
            mcpServerUrl: null,
            truncated: false,
          },
        ],
      }),
      message({
        id: "msg_4",
        files: [
          {
            id: "claude_file_1",
            filename: "IRON-ledger.csv",
            mimeType: null,
            sizeBytes: null,
            md5: null,
            createdAt: null,
          },
        ],
      }),
    ];
    const iron = findHits(messages, "iron");
    expect(iron).toEqual({ total: 4, messages: [0, 1, 3], first: [0, 2, 3] });
    expect(findHits(messages, "iron bank").total).toBe(1);
    expect(findHits(messages, "nothing").messages).toEqual([2]);
    expect(findHits(messages, "").total).toBe(0);
    // Ids and roles are not shown as text: they are not matched.
    expect(findHits(messages, "msg_").total).toBe(0);

    expect(locateHit(iron, 1)).toEqual({ message: 0, within: 1 });
    expect(locateHit(iron, 3)).toEqual({ message: 3, within: 0 });
    expect(locateHit(iron, 4)).toBeNull();
    expect(firstHitFrom(iron, 2)).toBe(3);
    expect(firstHitFrom(iron, 4)).toBe(0);
  });
});

describe("artifact histories", () => {
  it("groups versions by artifact in the order seen, without duplicates", () => {
    const a = (id: string, versionId: string) => ({ id, versionId, title: "Plan", type: "text/markdown" });
    const h = artifactHistories([a("art_1", "v1"), a("art_2", "w1"), a("art_1", "v2"), a("art_1", "v1")]);
    expect(h.map((x) => [x.id, x.versions.map((v) => v.versionId)])).toEqual([
      ["art_1", ["v1", "v2"]],
      ["art_2", ["w1"]],
    ]);
  });
});

describe("previous / next chat", () => {
  it("steps through the list the chat was opened from, stopping at either end", () => {
    const ctx = { ids: ["c1", "c2", "c3"], backHref: "/investigate" };
    expect(neighbourChat(ctx, "c2", 1)).toBe("c3");
    expect(neighbourChat(ctx, "c2", -1)).toBe("c1");
    expect(neighbourChat(ctx, "c3", 1)).toBeNull();
    expect(neighbourChat(ctx, "zz", 1)).toBeNull();
    expect(neighbourChat(null, "c1", 1)).toBeNull();
  });
});
