import { withRoute } from "@/lib/server/http/route";
import { mountRoute } from "@/lib/server/http/route-def";
import { listSessionsRoute } from "@/lib/server/sessions/routes";

// GET /api/sessions: the custodians' local or remote sessions in a window
export const GET = mountRoute(withRoute, listSessionsRoute);
