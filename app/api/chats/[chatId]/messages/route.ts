import { withRoute } from "@/lib/server/http/route";
import { mountRoute } from "@/lib/server/http/route-def";
import { transcriptRoute } from "@/lib/server/chats/routes";

// GET /api/chats/:chatId/messages: one page of a chat's transcript
export const GET = mountRoute(withRoute, transcriptRoute);
