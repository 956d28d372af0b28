import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import type { z } from "zod";
import type { UpstreamActivity } from "@/lib/compliance";
import type { ActivityPageDto, ActivityQuery } from "@/lib/schemas/investigate";
import { audited, custodianTargets } from "@/lib/server/audit/audited";
import { decodeFeedCursor, encodeFeedCursor } from "./feed-cursor";
import { filterDetails, toFeedQueries } from "./feed-filters";
import { MergedFeed } from "./merged-feed";
import { toActivityDto } from "./to-activity-dto";

export type SearchActivityInput = z.output<typeof ActivityQuery>;

/**
 * One page of the Activity Feed (A1), newest first. Audited `activity.search` with the filtered actors. A choice of
 * types too long for one upstream URL is read as several A1 walks merged (merged-feed.ts); the cursor carries where
 * each stands.
 */
export async function searchActivity({
  client,
  audit,
  input,
  maxTypeChars,
}: OperationCall<SearchActivityInput> & {
  /** Tests lower it to force a split; the route uses the default. */
  maxTypeChars?: number;
}): Promise<ActivityPageDto> {
  const queries = toFeedQueries(input, maxTypeChars);
  const starts = decodeFeedCursor(input.cursor, queries.length);
  return audited(
    audit,
    {
      action: "activity.search",
      targets: custodianTargets(input.actor_ids ?? []),
      details: filterDetails(input),
      after: (p) => ({ details: { count: p.items.length } }),
    },
    async () => {
      const feed = new MergedFeed(client, queries, input.limit, starts);
      const items: UpstreamActivity[] = [];
      while (items.length < input.limit) {
        const item = await feed.take();
        if (!item) break;
        items.push(item);
      }
      return { items: items.map(toActivityDto), nextCursor: encodeFeedCursor(feed.positions) };
    },
  );
}
