import { withRoute } from "@/lib/server/http/route";
import { sessionTranscriptRoute } from "@/lib/server/sessions/routes";

// GET /api/sessions/:kind/:sessionId/messages: one page of a session transcript
export const GET = withRoute(sessionTranscriptRoute);
