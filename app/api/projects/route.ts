import { withRoute } from "@/lib/server/http/route";
import { listProjectsRoute } from "@/lib/server/projects/routes";

// GET /api/projects: the custodians' projects created in a window
export const GET = withRoute(listProjectsRoute);
