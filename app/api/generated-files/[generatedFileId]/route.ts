import { withRoute } from "@/lib/server/http/route";
import { mountRoute } from "@/lib/server/http/route-def";
import { generatedFileMetaRoute } from "@/lib/server/files/routes";

// GET /api/generated-files/:generatedFileId: a generated file's metadata
export const GET = mountRoute(withRoute, generatedFileMetaRoute);
