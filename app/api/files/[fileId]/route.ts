import { withRoute } from "@/lib/server/http/route";
import { mountRoute } from "@/lib/server/http/route-def";
import { fileMetaRoute } from "@/lib/server/files/routes";

// GET /api/files/:fileId: an uploaded file's metadata (size, type, MD5)
export const GET = mountRoute(withRoute, fileMetaRoute);
