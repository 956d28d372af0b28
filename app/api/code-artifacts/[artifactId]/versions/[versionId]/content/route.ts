import { withRoute } from "@/lib/server/http/route";
import { mountRoute } from "@/lib/server/http/route-def";
import { codeArtifactContentRoute } from "@/lib/server/files/routes";

// GET /api/code-artifacts/:artifactId/versions/:versionId/content: download a Claude Code artifact version
export const GET = mountRoute(withRoute, codeArtifactContentRoute);
