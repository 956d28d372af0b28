import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/server/http/errors";

// Our continuation tokens: base64url JSON tagged with the list they belong to, so a cursor from one list (or a
// hand-edited one) is a 422 here instead of a confusing upstream 400.

export function encodeCursor(kind: string, value: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify({ k: kind, ...value }), "utf8").toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(kind: string, raw: string, schema: S): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    data = null;
  }
  const parsed = z
    .object({ k: z.literal(kind) })
    .and(schema)
    .safeParse(data);
  if (!parsed.success)
    throw new AppError("invalid_input", "Invalid input: cursor", {
      fields: { cursor: ["Invalid or expired cursor; reload the list"] },
    });
  return parsed.data;
}

const AfterId = z.object({ a: z.string().min(1) });
const PageToken = z.object({ p: z.string().min(1) });

/** Our cursor over an upstream `after_id` walk (A1, C1, C2): it carries the last id read. */
export function afterIdCursor(kind: string) {
  return {
    /** The `after_id` to send; undefined for the first page. */
    read: (raw: string | undefined): string | undefined => (raw ? decodeCursor(kind, raw, AfterId).a : undefined),
    /** The cursor to the next page; null when the upstream says there is none. */
    next: (page: { has_more: boolean; last_id?: string | null }): string | null =>
      page.has_more && page.last_id ? encodeCursor(kind, { a: page.last_id }) : null,
  };
}

/** Our cursor over an upstream page-token walk (P1, LS1/LS3, RS1/RS2): it carries the upstream `next_page`. */
export function pageTokenCursor(kind: string) {
  return {
    /** The `page` to send; undefined for the first page. */
    read: (raw: string | undefined): string | undefined => (raw ? decodeCursor(kind, raw, PageToken).p : undefined),
    next: (nextPage: string | null | undefined): string | null =>
      nextPage ? encodeCursor(kind, { p: nextPage }) : null,
  };
}
