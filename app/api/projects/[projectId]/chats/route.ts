import { withRoute } from "@/lib/server/http/route";
import { projectChatsRoute } from "@/lib/server/projects/routes";

// GET /api/projects/:projectId/chats: the chats filed in a project
export const GET = withRoute(projectChatsRoute);
