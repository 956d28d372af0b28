import { withRoute } from "@/lib/server/http/route";
import { activityHistogramRoute } from "@/lib/server/activity/routes";

// GET /api/activity/histogram: event counts per time bucket over the filtered window
export const GET = withRoute(activityHistogramRoute);
