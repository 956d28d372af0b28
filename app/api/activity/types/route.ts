import { withRoute } from "@/lib/server/http/route";
import { activityTypesRoute } from "@/lib/server/activity/routes";

// GET /api/activity/types: known activity types grouped by area
export const GET = withRoute(activityTypesRoute);
