import { withRoute } from "@/lib/server/http/route";
import { codeArtifactContentRoute } from "@/lib/server/files/routes";

// GET /api/code-artifacts/:artifactId/versions/:versionId/content: download a Claude Code artifact version
export const GET = withRoute(codeArtifactContentRoute);
