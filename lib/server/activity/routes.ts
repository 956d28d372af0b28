import "server-only";
import { ActivityHistogramQuery, ActivityQuery } from "@/lib/schemas/investigate";
import { defineRoute, jsonNoStore } from "@/lib/server/http/route-def";
import { activityHistogram } from "./activity-histogram";
import { listActivityTypes } from "./list-activity-types";
import { searchActivity } from "./search-activity";

/** GET /api/activity?types=a,b&areas=x,y&actor_ids=&from=&to=&include_api_access=&cursor=&limit= */
export const searchActivityRoute = defineRoute(
  { capability: "activity:read", requiresPurpose: true, query: ActivityQuery },
  async ({ query, ...ctx }) => jsonNoStore(await searchActivity({ ...ctx, input: query })),
);

/** GET /api/activity/histogram?…same filters…&buckets= */
export const activityHistogramRoute = defineRoute(
  { capability: "activity:read", requiresPurpose: true, query: ActivityHistogramQuery },
  async ({ query, ...ctx }) => jsonNoStore(await activityHistogram({ ...ctx, input: query })),
);

/** GET /api/activity/types: the known types by area (static; cacheable by the browser). */
export const activityTypesRoute = defineRoute({ capability: "activity:read" }, async () => {
  return Response.json(listActivityTypes(), { headers: { "cache-control": "private, max-age=3600" } });
});
