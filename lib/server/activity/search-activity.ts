import "server-only";
import { z } from "zod";
import type { ComplianceClient } from "@/lib/compliance";
import type { ActivityPageDto, ActivityQuery } from "@/lib/schemas/investigate";
import { audited, custodianTargets, type VerbAudit } from "../investigate/audited";
import { decodeCursor, encodeCursor } from "../investigate/cursor";
import { filterDetails, toFeedParams } from "./feed-filters";
import { toActivityDto } from "./to-activity-dto";

export type SearchActivityInput = z.output<typeof ActivityQuery>;
const KIND = "activity";

/** One page of the Activity Feed (A1), newest first. Audited `activity.search` with the filtered actors. */
export async function searchActivity({ client, audit, input }: { client: ComplianceClient; audit: VerbAudit; input: SearchActivityInput }): Promise<ActivityPageDto> {
  const afterId = input.cursor ? decodeCursor(KIND, input.cursor, z.object({ a: z.string().min(1) })).a : undefined;
  return audited(
    audit,
    { action: "activity.search", targets: custodianTargets(input.actor_ids ?? []), details: filterDetails(input), after: (p) => ({ details: { count: p.items.length } }) },
    async () => {
      const page = await client.activities.list({ ...toFeedParams(input), limit: input.limit, afterId });
      return { items: page.data.map(toActivityDto), nextCursor: page.has_more && page.last_id ? encodeCursor(KIND, { a: page.last_id }) : null };
    },
  );
}
