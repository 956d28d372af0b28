import { withRoute } from "@/lib/server/http/route";
import { generatedFileContentRoute } from "@/lib/server/files/routes";

// GET /api/generated-files/:generatedFileId/content: stream a generated file (verified)
export const GET = withRoute(generatedFileContentRoute);
