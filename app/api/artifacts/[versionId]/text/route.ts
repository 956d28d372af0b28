import { withRoute } from "@/lib/server/http/route";
import { artifactTextRoute } from "@/lib/server/files/routes";

// GET /api/artifacts/:versionId/text: an artifact version's text for display (capped)
export const GET = withRoute(artifactTextRoute);
