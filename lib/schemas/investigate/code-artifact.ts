import { z } from "zod";
import { Cursor, CustodianIds, IsoDateTime, JsonRecord, pageLimit, pageOf, UserRefDto } from "./common";

// Claude Code artifacts (CA1), listed per custodian; each version downloads through our streamed content route.

/** One retained version (upstream keeps about the 20 most recent). Size and MD5 are only known once downloading. */
export const CodeArtifactVersionDto = z.object({
  id: z.string(),
  /** CA1's `name`: the artifact's title at this version, or the version id when that title was not retained. */
  name: z.string().nullable(),
  /** `name` when it is a real title (not the version id it falls back to). */
  title: z.string().nullable(),
  /** null for versions published before the field existed. */
  createdAt: z.string().nullable(),
  /** The artifact's `published_version_id` names this version. */
  isPublished: z.boolean(),
  /** Relative URL of the streamed download (`contentUrl.codeArtifactVersion`, with the title to save it under). */
  downloadUrl: z.string(),
  /** Every other field of the version as received. */
  extra: JsonRecord,
});
export type CodeArtifactVersionDto = z.infer<typeof CodeArtifactVersionDto>;

export const CodeArtifactDto = z.object({
  id: z.string(),
  /** The title of the published version, else of the newest version that kept one; null when none did. */
  title: z.string().nullable(),
  organizationUuid: z.string().nullable(),
  /** The publishing user; null when an agent session published it (such artifacts have no owner to filter by). */
  owner: UserRefDto.nullable(),
  /** Who may open it: org | owner | public | users (open set). */
  readMode: z.string().nullable(),
  /** null when no version is published. */
  publishedVersionId: z.string().nullable(),
  /** null for artifacts published before the field existed. */
  updatedAt: z.string().nullable(),
  /** In the upstream's order (the simulator and, as far as known, the API: newest first). */
  versions: z.array(CodeArtifactVersionDto),
  /** Every other field of the artifact as received. */
  extra: JsonRecord,
});
export type CodeArtifactDto = z.infer<typeof CodeArtifactDto>;

/**
 * The custodians' code artifacts. Without `updated_from`/`updated_to` every artifact they own is listed (complete
 * enumeration): CA1's `updated_at` filter is eventually consistent and never matches artifacts published before the
 * field existed, so a window is only applied when asked for.
 */
export const ListCodeArtifactsQuery = z
  .object({
    user_ids: CustodianIds,
    updated_from: IsoDateTime.optional(),
    updated_to: IsoDateTime.optional(),
    cursor: Cursor,
    limit: pageLimit(100, 50),
  })
  .superRefine((q, ctx) => {
    if (q.updated_from && q.updated_to && Date.parse(q.updated_from) >= Date.parse(q.updated_to)) {
      ctx.addIssue({ code: "custom", path: ["updated_to"], message: "must be after updated_from" });
    }
  });
export type ListCodeArtifactsQuery = z.input<typeof ListCodeArtifactsQuery>;

/**
 * One page, sorted by artifact id (CA1's order, not time). Upstream pages can be short or empty while more remain:
 * the route reads on until it has `limit` artifacts or reaches the end, within a bound. `partial: true` means it
 * stopped at that bound with the list unfinished, so `nextCursor` continues (and a page can then be empty).
 */
export const CodeArtifactPageDto = pageOf(CodeArtifactDto).extend({
  /** Upstream pages read for this page. */
  pagesRead: z.number().int(),
  partial: z.boolean(),
  /** Whether the `updated_at` window was applied (otherwise: complete enumeration). */
  isWindowed: z.boolean(),
});
export type CodeArtifactPageDto = z.infer<typeof CodeArtifactPageDto>;
