import "server-only";
import { z } from "zod";

// Some examples (roles, groups) omit the offset: `2025-03-12T18:22:41.123456`. The docs say to assume UTC.
const OFFSETLESS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** RFC 3339 timestamp, normalised so an offset-less value reads as UTC (`…Z`). */
export const UpstreamTimestamp = z
  .string()
  .transform((value) => (OFFSETLESS.test(value) ? `${value}Z` : value))
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: "Invalid timestamp" });

/** `{ id, email_address }` as embedded in chats, projects, documents and sessions. */
export const UpstreamUserRef = z.looseObject({ id: z.string(), email_address: z.string().nullish() });
export type UpstreamUserRef = z.infer<typeof UpstreamUserRef>;

/** A byte count of a file or artifact, when the server knows it. */
export const UpstreamSizeBytes = z.number().int().nonnegative().nullish();

/** A pagination id or token the server may omit or send as null; both read as null (= none). */
export const UpstreamCursor = z
  .string()
  .nullish()
  .transform((v) => v ?? null);

/** Cursor pages (A1, C1): `first_id`/`last_id`/`has_more` next to the items. */
export function cursorPage<T extends z.ZodType>(item: T) {
  return z.looseObject({
    data: z.array(item),
    has_more: z.boolean(),
    first_id: UpstreamCursor,
    last_id: UpstreamCursor,
  });
}

/** Page-token pages (directory, projects, code artifacts): `next_page` + `has_more`. */
export function pageTokenPage<T extends z.ZodType>(item: T) {
  return z.looseObject({
    data: z.array(item),
    // Older O1 has neither field: treat a missing has_more as "no more" (§5.2).
    has_more: z
      .boolean()
      .optional()
      .transform((v) => v ?? false),
    next_page: UpstreamCursor,
  });
}

/** Session pages: `next_page` only; pages may be short or empty while more remain (§3). */
export function nextPageOnlyPage<T extends z.ZodType>(item: T) {
  return z.looseObject({ data: z.array(item), next_page: UpstreamCursor });
}

/** Confirmation body of every DELETE: check `type` before treating the delete as confirmed. */
export const UpstreamDeleted = z.looseObject({ id: z.string(), type: z.string() });
export type UpstreamDeleted = z.infer<typeof UpstreamDeleted>;

/** Text/tool blocks shared by chat and session transcripts; unknown block types pass through. */
const TextItem = z.looseObject({ type: z.literal("text"), text: z.string() });
export const UpstreamContentBlock = z.union([
  z.looseObject({ type: z.literal("text"), text: z.string(), truncated: z.boolean().optional() }),
  z.looseObject({
    type: z.literal("tool_use"),
    id: z.string().nullish(),
    name: z.string(),
    input: z.string(),
    truncated: z.boolean().optional(),
  }),
  z.looseObject({
    type: z.literal("tool_result"),
    tool_use_id: z.string().nullish(),
    name: z.string().optional(),
    is_error: z.boolean().optional(),
    content: z.array(z.union([TextItem, z.looseObject({ type: z.string() })])),
    truncated: z.boolean().optional(),
  }),
  z.looseObject({ type: z.string() }),
]);
export type UpstreamContentBlock = z.infer<typeof UpstreamContentBlock>;
