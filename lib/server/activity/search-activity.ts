import "server-only";
import type { z } from "zod";
import type { ComplianceClient } from "@/lib/compliance";
import type { ActivityPageDto, ActivityQuery } from "@/lib/schemas/investigate";
import { audited, custodianTargets, type VerbAudit } from "../investigate/audited";
import { afterIdCursor } from "../investigate/cursor";
import { filterDetails, toFeedParams } from "./feed-filters";
import { toActivityDto } from "./to-activity-dto";

export type SearchActivityInput = z.output<typeof ActivityQuery>;
const cursor = afterIdCursor("activity");

/** One page of the Activity Feed (A1), newest first. Audited `activity.search` with the filtered actors. */
export async function searchActivity({ client, audit, input }: { client: ComplianceClient; audit: VerbAudit; input: SearchActivityInput }): Promise<ActivityPageDto> {
  const afterId = cursor.read(input.cursor);
  return audited(
    audit,
    { action: "activity.search", targets: custodianTargets(input.actor_ids ?? []), details: filterDetails(input), after: (p) => ({ details: { count: p.items.length } }) },
    async () => {
      const page = await client.activities.list({ ...toFeedParams(input), limit: input.limit, afterId });
      return { items: page.data.map(toActivityDto), nextCursor: cursor.next(page) };
    },
  );
}
