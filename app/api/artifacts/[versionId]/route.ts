import { withRoute } from "@/lib/server/http/route";
import { artifactVersionRoute } from "@/lib/server/files/routes";

// GET /api/artifacts/:versionId: one artifact version's metadata
export const GET = withRoute(artifactVersionRoute);
