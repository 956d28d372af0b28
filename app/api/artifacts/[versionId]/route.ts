import { withRoute } from "@/lib/server/http/route";
import { mountRoute } from "@/lib/server/http/route-def";
import { artifactVersionRoute } from "@/lib/server/files/routes";

// GET /api/artifacts/:versionId: one artifact version's metadata
export const GET = mountRoute(withRoute, artifactVersionRoute);
