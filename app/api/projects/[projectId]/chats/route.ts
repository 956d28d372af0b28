import { withRoute } from "@/lib/server/http/route";
import { mountRoute } from "@/lib/server/investigate/route-def";
import { projectChatsRoute } from "@/lib/server/projects/routes";

// GET /api/projects/:projectId/chats: the chats filed in a project
export const GET = mountRoute(withRoute, projectChatsRoute);
