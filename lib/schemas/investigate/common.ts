import { z } from "zod";
import { DATE_RANGE_MESSAGE, isWithinDateBounds } from "../date-bounds";

// Query-string and DTO building blocks shared by every investigation route and the browser.

/** The most custodians one query may name: C1 and RS1 take at most 10 `user_ids[]` (reference §5.8). */
export const MAX_CUSTODIANS_PER_QUERY = 10;
export const TOO_MANY_CUSTODIANS = `at most ${MAX_CUSTODIANS_PER_QUERY} custodians per query`;

/**
 * Upstream ids are opaque (`claude_chat_…`, `user_…`, UUIDs); we only bound their alphabet and length so a
 * pasted blob can never turn into another path segment or a query parameter upstream.
 */
export const UpstreamId = z
  .string()
  .trim()
  .min(1, { error: "Required" })
  .max(200, { error: "Too long" })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "Invalid id" });

/** `a,b` or repeated `x=a&x=b` → a de-duplicated list of ids, bounded to `max`. */
export function idList(max: number, tooMany: string) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => [
      ...new Set(
        (Array.isArray(v) ? v : [v])
          .flatMap((s) => s.split(","))
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(UpstreamId).max(max, { error: tooMany }));
}

/** Custodian (user) ids for a content query: 1–10. */
export const CustodianIds = idList(MAX_CUSTODIANS_PER_QUERY, TOO_MANY_CUSTODIANS).pipe(
  z.array(UpstreamId).min(1, { error: "choose at least one custodian" }),
);

/** RFC 3339 with an explicit offset (`Z` or `+02:00`), normalised to UTC ISO. */
export const IsoDateTime = z.iso
  .datetime({ offset: true, error: "must be an ISO date-time with a time zone, e.g. 2026-09-01T00:00:00Z" })
  // Bounded like every date we accept (year 0000 matches the pattern and is not a time anyone means).
  .refine((v) => isWithinDateBounds(Date.parse(v)), { error: DATE_RANGE_MESSAGE })
  .transform((v) => new Date(v).toISOString());

/** Window refinement: `from` strictly before `to`. */
export function fromBeforeTo(value: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (value.from && value.to && Date.parse(value.from) >= Date.parse(value.to)) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "must be after from" });
  }
}

/** Opaque continuation token from the previous page's `nextCursor`. */
export const Cursor = z.string().min(1).max(4000).optional();

export function pageLimit(max: number, fallback: number) {
  return z.coerce.number().int().min(1).max(max).default(fallback);
}

/**
 * The fields every per-custodian list (chats, projects, sessions) is filtered by: the custodians, their creation
 * window and the continuation. Each list adds its own (`limit`, a sort, …) and refines with `fromBeforeTo`.
 */
export const CustodianWindowShape = { user_ids: CustodianIds, from: IsoDateTime, to: IsoDateTime, cursor: Cursor };

/** One page of a list; `nextCursor` is null on the last page. Lists that say more extend it. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** `true`/`false`/`1`/`0` in a query string; absent = false. */
export const QueryBoolean = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .default(false);

export const ISO = z.string();
export const NullableIso = z.string().nullable();

/** `{ id, email }` of the user a record belongs to; email can be null upstream (sessions, departed users). */
export const UserRefDto = z.object({ id: z.string(), email: z.string().nullable() });
export type UserRefDto = z.infer<typeof UserRefDto>;

/** JSON as it came from upstream, for fields we pass through untouched. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const JsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(JsonValue), z.record(z.string(), JsonValue)]),
);
export const JsonRecord = z.record(z.string(), JsonValue);
export type JsonRecord = z.infer<typeof JsonRecord>;

export const IdParams = z.object({ id: UpstreamId });
