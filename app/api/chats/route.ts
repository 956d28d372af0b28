import { withRoute } from "@/lib/server/http/route";
import { mountRoute } from "@/lib/server/http/route-def";
import { listChatsRoute } from "@/lib/server/chats/routes";

// GET /api/chats: the custodians' chats created in a window
export const GET = mountRoute(withRoute, listChatsRoute);
