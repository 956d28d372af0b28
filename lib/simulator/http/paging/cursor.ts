import { z } from "zod";
import type { Key } from "./keys";

/**
 * Opaque cursors of the cursor-style endpoints (A1, C1, C2): base64url JSON naming the endpoint, the position by
 * sort key (never an index, so walks survive deletions), and what the cursor is bound to (C1: order_by; C2: chat).
 */
export interface CursorBody {
  /** Endpoint tag, e.g. "A1". */
  e: string;
  /** Position: the sort key of the record the cursor was issued for. */
  k: Key;
  /** What the cursor is bound to, e.g. the chat id (C2) or the order_by value (C1). */
  b?: string;
}

const CursorSchema = z.object({
  e: z.string(),
  k: z.tuple([z.string(), z.string()]),
  b: z.string().optional(),
});

export function encodeCursor(body: CursorBody): string {
  return Buffer.from(JSON.stringify(body), "utf8").toString("base64url");
}

/** The decoded cursor, or undefined when it is not one of ours (any garbage, truncated or edited text). */
export function decodeCursor(text: string): CursorBody | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
