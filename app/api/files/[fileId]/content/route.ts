import { withRoute } from "@/lib/server/http/route";
import { fileContentRoute } from "@/lib/server/files/routes";

// GET /api/files/:fileId/content: stream an uploaded file (verified)
export const GET = withRoute(fileContentRoute);
