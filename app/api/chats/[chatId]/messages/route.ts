import { withRoute } from "@/lib/server/http/route";
import { transcriptRoute } from "@/lib/server/chats/routes";

// GET /api/chats/:chatId/messages: one page of a chat's transcript
export const GET = withRoute(transcriptRoute);
