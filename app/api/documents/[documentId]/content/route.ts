import { withRoute } from "@/lib/server/http/route";
import { documentContentRoute } from "@/lib/server/files/routes";

// GET /api/documents/:documentId/content: download a project document (verified)
export const GET = withRoute(documentContentRoute);
