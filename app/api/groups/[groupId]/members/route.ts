import { withRoute } from "@/lib/server/http/route";
import { listGroupMembersRoute } from "@/lib/server/custodians/routes";

// GET /api/groups/:groupId/members: a group's members with directory names
export const GET = withRoute(listGroupMembersRoute);
