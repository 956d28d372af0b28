import { withRoute } from "@/lib/server/http/route";
import { mountRoute } from "@/lib/server/http/route-def";
import { searchActivityRoute } from "@/lib/server/activity/routes";

// GET /api/activity: one page of the filtered Activity Feed
export const GET = mountRoute(withRoute, searchActivityRoute);
