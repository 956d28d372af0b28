import { withRoute } from "@/lib/server/http/route";
import { searchActivityRoute } from "@/lib/server/activity/routes";

// GET /api/activity: one page of the filtered Activity Feed
export const GET = withRoute(searchActivityRoute);
