import { withRoute } from "@/lib/server/http/route";
import { mountRoute } from "@/lib/server/http/route-def";
import { activityHistogramRoute } from "@/lib/server/activity/routes";

// GET /api/activity/histogram: event counts per time bucket over the filtered window
export const GET = mountRoute(withRoute, activityHistogramRoute);
