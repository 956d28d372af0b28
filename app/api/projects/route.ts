import { withRoute } from "@/lib/server/http/route";
import { mountRoute } from "@/lib/server/http/route-def";
import { listProjectsRoute } from "@/lib/server/projects/routes";

// GET /api/projects: the custodians' projects created in a window
export const GET = mountRoute(withRoute, listProjectsRoute);
