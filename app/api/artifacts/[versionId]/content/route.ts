import { withRoute } from "@/lib/server/http/route";
import { artifactContentRoute } from "@/lib/server/files/routes";

// GET /api/artifacts/:versionId/content: download an artifact version (verified)
export const GET = withRoute(artifactContentRoute);
