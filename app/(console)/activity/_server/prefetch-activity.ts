import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { ACTIVITY_PAGE_SIZE, activityKeys, activityParams, HISTOGRAM_BUCKETS, type ActivityFilter } from "@/lib/queries/activity";
import { FIRST_PAGE } from "@/lib/queries/cursor-pages";
import { ActivityHistogramQuery, ActivityQuery } from "@/lib/schemas/investigate";
import { activityHistogram } from "@/lib/server/activity/activity-histogram";
import { listActivityTypes } from "@/lib/server/activity/list-activity-types";
import { searchActivity } from "@/lib/server/activity/search-activity";
import type { VerbAudit } from "@/lib/server/investigate/audited";
import { defaultInvestigateDeps } from "@/lib/server/investigate/deps";

/**
 * The feed's first page, its histogram and the type list, under the browser's own keys, through the verbs the routes
 * call (so each read is audited once, here, and the browser does not read it again while it is fresh). The filter is
 * parsed with the routes' own schemas: a link the route would refuse fails here too, and a failed prefetch is simply
 * left out of the dehydrated state, so the browser asks again and shows the route's error.
 */
export async function prefetchActivity(queryClient: QueryClient, filter: ActivityFilter, audit: VerbAudit): Promise<void> {
  const client = defaultInvestigateDeps.client();
  const params = activityParams(filter);
  await Promise.all([
    queryClient.prefetchInfiniteQuery({
      queryKey: activityKeys.list(filter, ACTIVITY_PAGE_SIZE),
      queryFn: () => searchActivity({ client, audit, input: ActivityQuery.parse({ ...params, limit: ACTIVITY_PAGE_SIZE }) }),
      initialPageParam: FIRST_PAGE,
    }),
    queryClient.prefetchQuery({
      queryKey: activityKeys.histogram(filter, HISTOGRAM_BUCKETS),
      queryFn: () => activityHistogram({ client, audit, input: ActivityHistogramQuery.parse({ ...params, buckets: HISTOGRAM_BUCKETS }) }),
    }),
    queryClient.prefetchQuery({ queryKey: activityKeys.types(), queryFn: () => listActivityTypes() }),
  ]);
}
