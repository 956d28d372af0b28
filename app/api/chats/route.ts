import { withRoute } from "@/lib/server/http/route";
import { listChatsRoute } from "@/lib/server/chats/routes";

// GET /api/chats: the custodians' chats created in a window
export const GET = withRoute(listChatsRoute);
