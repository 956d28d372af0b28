import { withRoute } from "@/lib/server/http/route";
import { listSessionsRoute } from "@/lib/server/sessions/routes";

// GET /api/sessions: the custodians' local or remote sessions in a window
export const GET = withRoute(listSessionsRoute);
