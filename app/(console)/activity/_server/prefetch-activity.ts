import "server-only";
import {
  activityHistogramQuery,
  activityListQuery,
  activityParams,
  activityTypesQuery,
  type ActivityFilter,
} from "@/lib/queries/activity";
import { ActivityHistogramQuery, ActivityQuery } from "@/lib/schemas/investigate";
import { activityHistogram } from "@/lib/server/activity/activity-histogram";
import { listActivityTypes } from "@/lib/server/activity/list-activity-types";
import { searchActivity } from "@/lib/server/activity/search-activity";
import type { PagePrefetch } from "@/lib/server/pages/page-prefetch";

/**
 * The feed's first page, its histogram and the type list (contract in lib/server/pages/page-prefetch.ts). The
 * filter is parsed with the routes' own schemas: a link the route would refuse fails here too, is left out of the
 * dehydrated state, and the browser asks again and shows the route's error.
 */
export async function prefetchActivity({ queryClient, op }: PagePrefetch, filter: ActivityFilter): Promise<void> {
  const params = activityParams(filter);
  const list = activityListQuery(filter);
  const histogram = activityHistogramQuery(filter);
  const [, , , { limit }] = list.queryKey;
  const [, , , { buckets }] = histogram.queryKey;
  await Promise.all([
    queryClient.prefetchInfiniteQuery({
      ...list,
      queryFn: () => searchActivity({ ...op, input: ActivityQuery.parse({ ...params, limit }) }),
    }),
    queryClient.prefetchQuery({
      ...histogram,
      queryFn: () => activityHistogram({ ...op, input: ActivityHistogramQuery.parse({ ...params, buckets }) }),
    }),
    queryClient.prefetchQuery({ ...activityTypesQuery(), queryFn: () => listActivityTypes() }),
  ]);
}
