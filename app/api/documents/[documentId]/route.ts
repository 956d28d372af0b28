import { withRoute } from "@/lib/server/http/route";
import { mountRoute } from "@/lib/server/http/route-def";
import { documentRoute } from "@/lib/server/projects/routes";

// GET /api/documents/:documentId: a project document's text preview (capped) and metadata
export const GET = mountRoute(withRoute, documentRoute);
