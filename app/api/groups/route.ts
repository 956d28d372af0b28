import { withRoute } from "@/lib/server/http/route";
import { listGroupsRoute } from "@/lib/server/custodians/routes";

// GET /api/groups: every group, for "add a group"
export const GET = withRoute(listGroupsRoute);
