import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import type { z } from "zod";
import type { CodeArtifactDto, CodeArtifactPageDto, ListCodeArtifactsQuery } from "@/lib/schemas/investigate";
import type { AuditAction } from "@/lib/schemas/audit";
import { AppError } from "../http/errors";
import { audited, custodianTargets } from "@/lib/server/audit/audited";
import { pageTokenCursor } from "@/lib/server/http/cursor";
import { toCodeArtifactDto } from "./to-code-artifact-dto";

export type CodeArtifactListInput = z.output<typeof ListCodeArtifactsQuery>;

/** CA1 pages can be short or empty while `next_page` is set: read at most this many per request. */
export const MAX_UPSTREAM_PAGES = 10;

const ACTION: AuditAction = "code_artifact.list";
const KIND = "code_artifacts";

/**
 * The custodians' Claude Code artifacts (CA1 `user_ids[]`, the owner filter), in the upstream's id order. Reads on
 * until `limit` artifacts are in hand, the list ends, or `maxUpstreamPages` pages were read; each request asks only
 * for what is still missing, so a page never holds more than `limit`. Audited `code_artifact.list`.
 */
export async function listCodeArtifacts({
  client,
  audit,
  input,
  maxUpstreamPages = MAX_UPSTREAM_PAGES,
}: OperationCall<CodeArtifactListInput> & {
  /** Tests lower it to reach the bound on the seeded data. */
  maxUpstreamPages?: number;
}): Promise<CodeArtifactPageDto> {
  const cursor = pageTokenCursor("code-artifacts");
  const start = cursor.read(input.cursor);
  const isWindowed = Boolean(input.updated_from || input.updated_to);
  const updatedAt = isWindowed ? { gte: input.updated_from, lt: input.updated_to } : undefined;
  return audited(
    audit,
    {
      action: ACTION,
      targets: custodianTargets(input.user_ids),
      details: {
        kind: KIND,
        updatedFrom: input.updated_from ?? null,
        updatedTo: input.updated_to ?? null,
        page: start ? "next" : "first",
      },
      after: (r) => ({ details: { count: r.items.length, pagesRead: r.pagesRead, partial: r.partial } }),
    },
    async () => {
      const items: CodeArtifactDto[] = [];
      const seen = new Set<string>();
      let page = start;
      let next: string | null = null;
      let pagesRead = 0;
      do {
        const res = await client.codeArtifacts.list({
          userIds: input.user_ids,
          updatedAt,
          limit: input.limit - items.length,
          page,
        });
        pagesRead++;
        for (const a of res.data) {
          // Guards of reference §3: a repeated id or a cursor that does not move would loop or double-list.
          if (seen.has(a.id)) throw stuck(`artifact ${a.id} was listed twice`);
          seen.add(a.id);
          items.push(toCodeArtifactDto(a));
        }
        next = res.next_page;
        if (next !== null && next === page) throw stuck("the page cursor did not move");
        page = next ?? undefined;
      } while (next !== null && items.length < input.limit && pagesRead < maxUpstreamPages);
      const partial = next !== null && items.length < input.limit;
      return { items, nextCursor: cursor.next(next), pagesRead, partial, isWindowed };
    },
  );
}

function stuck(why: string): AppError {
  return new AppError(
    "upstream_unavailable",
    `The Compliance API's code artifact list cannot be continued (${why}); reload the list`,
  );
}
