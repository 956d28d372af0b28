import type { Json, Rec } from "../store/types";

/**
 * Caps on tool payloads inside message content (reference §5.9, §5.16): chats count characters
 * (`tool_*_max_chars`), sessions count UTF-8 bytes (`tool_*_max_bytes`). A cut block gets `truncated: true`;
 * a cut `tool_use.input` is no longer valid JSON, exactly as upstream warns.
 */
export interface ToolCaps {
  unit: "bytes" | "chars";
  /** undefined = no cap. */
  toolUseInput?: number;
  toolResult?: number;
}

export const SESSION_CAP_DEFAULT = 10_000;
export const SESSION_CAP_MAX = 1024 * 1024;

/** Session caps: default 10,000 bytes, -1 = server maximum (~1 MiB), larger values clamped to it. */
export function sessionCap(value: number | undefined): number {
  if (value === undefined) return SESSION_CAP_DEFAULT;
  if (value === -1) return SESSION_CAP_MAX;
  return Math.min(value, SESSION_CAP_MAX);
}

/** Chat caps: none by default, -1 disables. */
export function chatCap(value: number | undefined): number | undefined {
  return value === undefined || value === -1 ? undefined : value;
}

export function cut(value: string, cap: number, unit: ToolCaps["unit"]): string | undefined {
  if (unit === "chars") {
    if (value.length <= cap) return undefined; // UTF-16 length bounds the code-point count from above
    const points = Array.from(value);
    return points.length <= cap ? undefined : points.slice(0, cap).join("");
  }
  const buf = Buffer.from(value, "utf8");
  if (buf.byteLength <= cap) return undefined;
  let end = cap;
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end--; // never split a UTF-8 sequence
  return buf.subarray(0, end).toString("utf8");
}

const isObj = (v: Json | undefined): v is { [key: string]: Json } =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function capBlock(block: Json, caps: ToolCaps): Json {
  if (!isObj(block)) return block;
  if (block.type === "tool_use" && caps.toolUseInput !== undefined && typeof block.input === "string") {
    const shorter = cut(block.input, caps.toolUseInput, caps.unit);
    return shorter === undefined ? block : { ...block, input: shorter, truncated: true };
  }
  if (block.type === "tool_result" && caps.toolResult !== undefined && Array.isArray(block.content)) {
    let changed = false;
    const limit = caps.toolResult;
    const content = block.content.map((item) => {
      if (!isObj(item) || typeof item.text !== "string") return item;
      const shorter = cut(item.text, limit, caps.unit);
      if (shorter === undefined) return item;
      changed = true;
      return { ...item, text: shorter };
    });
    return changed ? { ...block, content, truncated: true } : block;
  }
  return block;
}

/** Returns the message with capped tool blocks (a copy only when something was cut). */
export function capMessage(msg: Rec, caps: ToolCaps): Rec {
  if (caps.toolUseInput === undefined && caps.toolResult === undefined) return msg;
  const content = msg.content;
  if (!Array.isArray(content)) return msg;
  const capped = content.map((b) => capBlock(b, caps));
  return capped.some((b, i) => b !== content[i]) ? { ...msg, content: capped } : msg;
}
