import { z } from "zod";
import { ACTIVITY_TYPE_SET } from "./activity-types";
import { KNOWN_AREAS, LEGACY_AREAS } from "./activity-selection";
import {
  Cursor,
  fromBeforeTo,
  idList,
  IsoDateTime,
  JsonRecord,
  MAX_CUSTODIANS_PER_QUERY,
  pageLimit,
  pageOf,
  QueryBoolean,
  TOO_MANY_CUSTODIANS,
} from "./common";

/** Every Compliance API call produces one of these, so by default the feed hides them (`include_api_access=true` shows them). */
export const API_ACCESS_TYPE = "compliance_api_accessed";

/** At most this many names in one `types` or `areas` list (the enum has 483 types in 21 areas). */
export const MAX_ACTIVITY_TYPES_PER_QUERY = 500;

/** `a,b` or repeated `x=a&x=b` → a de-duplicated list, bounded; every name must be one `known` holds. */
function knownNameList(known: ReadonlySet<string>, what: string) {
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
    .pipe(
      z
        .array(z.string())
        .max(MAX_ACTIVITY_TYPES_PER_QUERY, { error: `at most ${MAX_ACTIVITY_TYPES_PER_QUERY} per query` })
        .superRefine((names, ctx) => {
          // Refused here, by name, rather than sent upstream: the API answers an unknown type with a bare 400.
          const unknown = names.filter((n) => !known.has(n));
          if (!unknown.length) return;
          const shown = unknown.slice(0, 3).map((n) => (n.length > 60 ? `${n.slice(0, 60)}…` : n));
          const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : "";
          ctx.addIssue({
            code: "custom",
            message: `Unknown ${what}${unknown.length > 1 ? "s" : ""}: ${shown.join(", ")}${more}`,
          });
        }),
    );
}

const ActivityFilterShape = {
  /** Only these types (comma-separated); with `areas`, their union; neither = every type. */
  types: knownNameList(ACTIVITY_TYPE_SET, "activity type").optional(),
  /** Every type of these areas (ids from GET /api/activity/types; an old link's area ids still count). */
  areas: knownNameList(new Set([...KNOWN_AREAS.map((a) => a.id), ...LEGACY_AREAS.keys()]), "area").optional(),
  /** Only events by these users (`user_…`). */
  actor_ids: idList(MAX_CUSTODIANS_PER_QUERY, TOO_MANY_CUSTODIANS).optional(),
  from: IsoDateTime,
  to: IsoDateTime,
  /** Adds `compliance_api_accessed` (hidden by default) to whatever else is shown. */
  include_api_access: QueryBoolean,
};

export const ActivityQuery = z
  .object({ ...ActivityFilterShape, cursor: Cursor, limit: pageLimit(1000, 100) })
  .superRefine(fromBeforeTo);
export type ActivityQuery = z.input<typeof ActivityQuery>;

export const ActivityHistogramQuery = z
  .object({ ...ActivityFilterShape, buckets: z.coerce.number().int().min(1).max(500).default(48) })
  .superRefine(fromBeforeTo);
export type ActivityHistogramQuery = z.input<typeof ActivityHistogramQuery>;

export const ActivityActorDto = z.object({
  /** user_actor | api_actor | … (open set). */
  type: z.string(),
  /** Best human label: email, key id, service, issuer… */
  label: z.string(),
  /** The user id when the actor is a user. */
  userId: z.string().nullable(),
  /** Every field of the actor as received. */
  fields: JsonRecord,
});

export const ActivityDto = z.object({
  id: z.string(),
  createdAt: z.string(),
  type: z.string(),
  /** Area id (see ACTIVITY_AREAS), e.g. "claude_chat". */
  area: z.string(),
  /** Its label, e.g. "Chats". */
  areaLabel: z.string(),
  actor: ActivityActorDto,
  organizationUuid: z.string().nullable(),
  organizationId: z.string().nullable(),
  /** Every type-specific field as received (claude_chat_id, filename, request_id, …). */
  extra: JsonRecord,
  /** Ids the console can open. */
  links: z.object({ chatId: z.string().nullable(), fileId: z.string().nullable(), projectId: z.string().nullable() }),
});
export type ActivityDto = z.infer<typeof ActivityDto>;

export const ActivityPageDto = pageOf(ActivityDto);
export type ActivityPageDto = z.infer<typeof ActivityPageDto>;

/** The most events one histogram reads; beyond it the counts cover the newest events only and say `partial`. */
export const HISTOGRAM_SCAN_CAP = 50_000;

export const ActivityHistogramDto = z.object({
  from: z.string(),
  to: z.string(),
  bucketMs: z.number(),
  buckets: z.array(z.object({ start: z.string(), end: z.string(), count: z.number().int() })),
  total: z.number().int(),
  /** Counts per area id over the same events. */
  byArea: z.record(z.string(), z.number().int()),
  partial: z.boolean(),
  /** When partial: the counts are exact from this instant to `to` (the scan reads newest first). */
  completeFrom: z.string().nullable(),
});
export type ActivityHistogramDto = z.infer<typeof ActivityHistogramDto>;

export const ActivityTypesDto = z.object({
  areas: z.array(z.object({ id: z.string(), label: z.string(), types: z.array(z.string()) })),
  /** Hidden unless asked for. */
  excludedByDefault: z.array(z.string()),
});
export type ActivityTypesDto = z.infer<typeof ActivityTypesDto>;
