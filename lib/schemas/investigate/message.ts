import { z } from "zod";
import { JsonValue, pageLimit, Cursor } from "./common";
import { ArtifactRefDto, FileRefDto } from "./content";

// One transcript shape for chats (C2) and sessions (LS3/RS2). Every upstream block is kept; text is the raw
// string (the browser renders it as sanitised Markdown, never as HTML).

export const TextBlockDto = z.object({ type: z.literal("text"), text: z.string(), truncated: z.boolean() });

export const ToolUseBlockDto = z.object({
  type: z.literal("tool_use"),
  /** `toolu_…`; null on some session blocks. */
  id: z.string().nullable(),
  name: z.string(),
  /** Set for connector / integration tools (e.g. "Google Drive"). */
  integrationName: z.string().nullable(),
  /** Set when the tool ran on an MCP server. */
  mcpServerUrl: z.string().nullable(),
  /** Pretty-printed when the upstream string is valid JSON; otherwise exactly as received. */
  input: z.string(),
  /** False when the input was cut by the upstream (a truncated input is no longer JSON) or was never JSON. */
  inputIsValidJson: z.boolean(),
  truncated: z.boolean(),
});

export const ToolResultBlockDto = z.object({
  type: z.literal("tool_result"),
  toolUseId: z.string().nullable(),
  name: z.string().nullable(),
  isError: z.boolean(),
  /** The text items; the upstream already omits images and links. */
  content: z.array(z.object({ type: z.literal("text"), text: z.string() })),
  /** Non-text items that arrived anyway, passed through as JSON. */
  otherContent: z.array(JsonValue),
  integrationName: z.string().nullable(),
  mcpServerUrl: z.string().nullable(),
  truncated: z.boolean(),
});

/** A block type this console doesn't know yet: kept verbatim so nothing the custodian saw is hidden. */
export const UnknownBlockDto = z.object({ type: z.literal("unknown"), blockType: z.string(), raw: JsonValue });

export const MessageBlockDto = z.discriminatedUnion("type", [
  TextBlockDto,
  ToolUseBlockDto,
  ToolResultBlockDto,
  UnknownBlockDto,
]);
export type MessageBlockDto = z.infer<typeof MessageBlockDto>;

export const ProvenanceDto = z.object({
  /** content_unavailable | client_asserted | synthetic_marker | … (open set). */
  type: z.string(),
  /** For content_unavailable: not_captured | client_aborted | cmek_key_revoked | retention_elapsed | oversize | … */
  reason: z.string().nullable(),
});

export const MessageDto = z.object({
  id: z.string(),
  /** "user" | "assistant" documented; open set. */
  role: z.string(),
  createdAt: z.string(),
  blocks: z.array(MessageBlockDto),
  files: z.array(FileRefDto),
  generatedFiles: z.array(FileRefDto),
  artifacts: z.array(ArtifactRefDto),
  /** Sessions: assistant model; null for chats (the chat carries its model). */
  model: z.string().nullable(),
  /** Sessions: where the content came from; null for chats and ordinary session messages. */
  provenance: ProvenanceDto.nullable(),
  /**
   * True when the upstream says the content could not be returned (remote `content_unavailable`, local
   * `content_unavailable` provenance). Chat messages of a deleted chat are tombstones instead: see `ChatSummaryDto.deletedAt`.
   */
  contentUnavailable: z.boolean(),
  /** Remote sessions owned by an agent: the human who sent this message. */
  sentByUserId: z.string().nullable(),
});
export type MessageDto = z.infer<typeof MessageDto>;

/** One page of a transcript; chats and sessions extend it with the record the messages belong to. */
export const MessagePageDto = z.object({ messages: z.array(MessageDto), nextCursor: z.string().nullable() });

export const TranscriptQuery = z.object({ cursor: Cursor, limit: pageLimit(1000, 500) });
export type TranscriptQuery = z.input<typeof TranscriptQuery>;
