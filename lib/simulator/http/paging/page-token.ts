import { createHash } from "node:crypto";
import { z } from "zod";
import type { Key } from "./keys";

/**
 * Page tokens of the page-token endpoints: `page_` + base64url JSON. A token is bound to its request (endpoint,
 * path scope and a hash of the filters) — presenting it to another request is a 400, as upstream — and carries the
 * position by sort key plus the walk's start time (local-session cursors expire 24 h after the first page).
 */
export interface PageTokenBody {
  /** Endpoint tag. */
  e: string;
  /** Hash of path scope + filters. */
  h: string;
  /** Last key already served; null before the first record. */
  k: Key | null;
  /** Page number within the walk (shapes deterministic short/empty pages). */
  n: number;
  /** Walk start (simulator clock, ms). */
  t: number;
  /** The previous page was deliberately empty: never serve two in a row. */
  x?: boolean;
  /** The walk already reached its end; this token yields the final, empty page. */
  z?: boolean;
}

const TokenSchema = z.object({
  e: z.string(),
  h: z.string(),
  k: z.tuple([z.string(), z.string()]).nullable(),
  n: z.number().int().nonnegative(),
  t: z.number(),
  x: z.boolean().optional(),
  z: z.boolean().optional(),
});

export function bindingHash(parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 12);
}

export function encodePageToken(body: PageTokenBody): string {
  return `page_${Buffer.from(JSON.stringify(body), "utf8").toString("base64url")}`;
}

export function decodePageToken(text: string): PageTokenBody | undefined {
  const m = /^page_([A-Za-z0-9_-]+)$/.exec(text);
  if (!m) return undefined;
  try {
    const parsed = TokenSchema.safeParse(JSON.parse(Buffer.from(m[1], "base64url").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
