import { withRoute } from "@/lib/server/http/route";
import { mountRoute } from "@/lib/server/http/route-def";
import { activityTypesRoute } from "@/lib/server/activity/routes";

// GET /api/activity/types: known activity types grouped by area
export const GET = mountRoute(withRoute, activityTypesRoute);
