import { withRoute } from "@/lib/server/http/route";
import { documentRoute } from "@/lib/server/projects/routes";

// GET /api/documents/:documentId: a project document's text preview (capped) and metadata
export const GET = withRoute(documentRoute);
