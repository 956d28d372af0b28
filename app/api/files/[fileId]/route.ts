import { withRoute } from "@/lib/server/http/route";
import { fileMetaRoute } from "@/lib/server/files/routes";

// GET /api/files/:fileId: an uploaded file's metadata (size, type, MD5)
export const GET = withRoute(fileMetaRoute);
