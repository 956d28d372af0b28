import { withRoute } from "@/lib/server/http/route";
import { generatedFileMetaRoute } from "@/lib/server/files/routes";

// GET /api/generated-files/:generatedFileId: a generated file's metadata
export const GET = withRoute(generatedFileMetaRoute);
