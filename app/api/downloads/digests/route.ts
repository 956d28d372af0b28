import { withRoute } from "@/lib/server/http/route";
import { downloadDigestsRoute } from "@/lib/server/files/routes";

// GET /api/downloads/digests?ids=: the SHA-256 Custody computed when each object was last downloaded
export const GET = withRoute(downloadDigestsRoute);
