import { withRoute } from "@/lib/server/http/route";
import { projectRoute } from "@/lib/server/projects/routes";

// GET /api/projects/:projectId: a project with its attachments and collaborators
export const GET = withRoute(projectRoute);
