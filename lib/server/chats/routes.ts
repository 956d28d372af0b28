import "server-only";
import { ChatParams, ListChatsQuery, TranscriptQuery } from "@/lib/schemas/investigate";
import { defineRoute, jsonNoStore } from "@/lib/server/http/route-def";
import { getTranscript } from "./get-transcript";
import { listChats } from "./list-chats";

/** GET /api/chats?user_ids=a,b&from=&to=&sort=&cursor=&limit= */
export const listChatsRoute = defineRoute(
  { capability: "custodian:read", requiresPurpose: true, query: ListChatsQuery },
  async ({ query, ...ctx }) => jsonNoStore(await listChats({ ...ctx, input: query })),
);

/** GET /api/chats/{chatId}/messages?cursor=&limit= */
export const transcriptRoute = defineRoute(
  { capability: "custodian:read", requiresPurpose: true, params: ChatParams, query: TranscriptQuery },
  async ({ params, query, ...ctx }) =>
    jsonNoStore(await getTranscript({ ...ctx, input: { chatId: params.chatId, ...query } })),
);
