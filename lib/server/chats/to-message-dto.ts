import "server-only";
import type { UpstreamChatMessage, UpstreamContentBlock } from "@/lib/compliance";
import type { JsonValue, MessageBlockDto, MessageDto } from "@/lib/schemas/investigate";
import { stringOrNull as str, toJsonValue } from "@/lib/server/upstream/json";
import { toArtifactRef, toFileRef } from "@/lib/server/upstream/to-refs";

// Upstream transcript blocks → MessageBlockDto, shared by chats (C2) and sessions (LS3/RS2).

/** Pretty JSON when the input parses; the raw string when it doesn't (a truncated input is cut mid-JSON). */
export function formatToolInput(input: unknown): { input: string; inputIsValidJson: boolean } {
  if (typeof input !== "string")
    return { input: JSON.stringify(input ?? null, null, 2), inputIsValidJson: input !== undefined };
  try {
    return { input: JSON.stringify(JSON.parse(input), null, 2), inputIsValidJson: true };
  } catch {
    return { input, inputIsValidJson: false };
  }
}

export function toBlockDto(block: UpstreamContentBlock): MessageBlockDto {
  const b: Record<string, unknown> = block;
  if (b.type === "text" && typeof b.text === "string")
    return { type: "text", text: b.text, truncated: b.truncated === true };
  if (b.type === "tool_use" && typeof b.name === "string" && b.input !== undefined) {
    return {
      type: "tool_use",
      id: str(b.id),
      name: b.name,
      integrationName: str(b.integration_name),
      mcpServerUrl: str(b.mcp_server_url),
      ...formatToolInput(b.input),
      truncated: b.truncated === true,
    };
  }
  if (b.type === "tool_result" && Array.isArray(b.content)) {
    const content: Array<{ type: "text"; text: string }> = [];
    const otherContent: JsonValue[] = [];
    for (const item of b.content) {
      if (
        typeof item === "object" &&
        item !== null &&
        "type" in item &&
        item.type === "text" &&
        "text" in item &&
        typeof item.text === "string"
      )
        content.push({ type: "text", text: item.text });
      else otherContent.push(toJsonValue(item));
    }
    return {
      type: "tool_result",
      toolUseId: str(b.tool_use_id),
      name: str(b.name),
      isError: b.is_error === true,
      content,
      otherContent,
      integrationName: str(b.integration_name),
      mcpServerUrl: str(b.mcp_server_url),
      truncated: b.truncated === true,
    };
  }
  return { type: "unknown", blockType: str(b.type) ?? "(none)", raw: toJsonValue(block) };
}

/** The fields every transcript message maps the same way, whatever it came from (C2, LS3, RS2). */
export function toMessageBase(m: {
  id: string;
  role: string;
  created_at: string;
  content: UpstreamContentBlock[];
}): Pick<MessageDto, "id" | "role" | "createdAt" | "blocks"> {
  return { id: m.id, role: m.role, createdAt: m.created_at, blocks: m.content.map(toBlockDto) };
}

/** A chat message; for a soft-deleted chat content is [] and the attachment lists null upstream → empty here. */
export function toChatMessageDto(m: UpstreamChatMessage): MessageDto {
  return {
    ...toMessageBase(m),
    files: (m.files ?? []).map(toFileRef),
    generatedFiles: (m.generated_files ?? []).map(toFileRef),
    artifacts: (m.artifacts ?? []).map(toArtifactRef),
    model: null,
    provenance: null,
    contentUnavailable: false,
    sentByUserId: null,
  };
}
