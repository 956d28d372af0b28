import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import type { z } from "zod";
import {
  activityAreaOf,
  HISTOGRAM_SCAN_CAP,
  type ActivityHistogramDto,
  type ActivityHistogramQuery,
} from "@/lib/schemas/investigate";
import { audited, custodianTargets } from "@/lib/server/audit/audited";
import { filterDetails, toFeedQueries } from "./feed-filters";
import { MergedFeed } from "./merged-feed";

export type ActivityHistogramInput = z.output<typeof ActivityHistogramQuery>;

/** A1's largest page: a 50k-event scan is ten requests. */
const SCAN_PAGE_SIZE = 5000;

/**
 * Event counts per time bucket over the whole filtered window. Walks the feed newest first (several A1 walks merged
 * when the choice of types is split); past HISTOGRAM_SCAN_CAP events it stops and says `partial`, with counts exact
 * from `completeFrom` to `to`.
 */
export async function activityHistogram({
  client,
  audit,
  input,
  scanCap = HISTOGRAM_SCAN_CAP,
  maxTypeChars,
}: OperationCall<ActivityHistogramInput> & {
  /** Tests lower it; the route always uses HISTOGRAM_SCAN_CAP. */
  scanCap?: number;
  /** Tests lower it to force a split into several walks (see type-chunks.ts). */
  maxTypeChars?: number;
}): Promise<ActivityHistogramDto> {
  return audited(
    audit,
    {
      action: "activity.search",
      targets: custodianTargets(input.actor_ids ?? []),
      details: { ...filterDetails(input), histogram: true },
      after: (h) => ({ details: { total: h.total, partial: h.partial } }),
    },
    async () => {
      const from = Date.parse(input.from);
      const to = Date.parse(input.to);
      const bucketMs = Math.ceil((to - from) / input.buckets);
      const counts = new Array<number>(input.buckets).fill(0);
      const byArea: Record<string, number> = {};
      let total = 0;
      let oldest: string | null = null;
      const feed = new MergedFeed(client, toFeedQueries(input, maxTypeChars), Math.min(SCAN_PAGE_SIZE, scanCap));
      while (total < scanCap) {
        const a = await feed.take();
        if (!a) break;
        const i = Math.min(input.buckets - 1, Math.max(0, Math.floor((Date.parse(a.created_at) - from) / bucketMs)));
        counts[i]++;
        const area = activityAreaOf(a.type);
        byArea[area] = (byArea[area] ?? 0) + 1;
        total++;
        oldest = a.created_at;
      }
      // The merge is newest first across every walk, so stopping at the cap leaves an exact tail: [oldest, to).
      const partial = total === scanCap && feed.hasMore;
      const buckets = counts.map((count, i) => ({
        start: new Date(from + i * bucketMs).toISOString(),
        end: new Date(Math.min(to, from + (i + 1) * bucketMs)).toISOString(),
        count,
      }));
      return {
        from: input.from,
        to: input.to,
        bucketMs,
        buckets,
        total,
        byArea,
        partial,
        completeFrom: partial ? oldest : null,
      };
    },
  );
}
