import { withRoute } from "@/lib/server/http/route";
import { listCodeArtifactsRoute } from "@/lib/server/code-artifacts/routes";

// GET /api/code-artifacts: the custodians' Claude Code artifacts, each with its retained versions
export const GET = withRoute(listCodeArtifactsRoute);
