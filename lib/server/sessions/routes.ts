import "server-only";
import { ListSessionsQuery, SessionParams, SessionTranscriptQuery } from "@/lib/schemas/investigate";
import { defineRoute, jsonNoStore } from "@/lib/server/http/route-def";
import { getSessionTranscript } from "./get-session-transcript";
import { listSessions } from "./list-sessions";

/** GET /api/sessions?user_ids=&from=&to=&kind=local|remote&cursor=&limit= */
export const listSessionsRoute = defineRoute(
  { capability: "custodian:read", requiresPurpose: true, query: ListSessionsQuery },
  async ({ query, ...ctx }) => jsonNoStore(await listSessions({ ...ctx, input: query })),
);

/** GET /api/sessions/{kind}/{sessionId}/messages?cursor=&limit= */
export const sessionTranscriptRoute = defineRoute(
  { capability: "custodian:read", requiresPurpose: true, params: SessionParams, query: SessionTranscriptQuery },
  async ({ params, query, ...ctx }) =>
    jsonNoStore(await getSessionTranscript({ ...ctx, input: { ...params, ...query } })),
);
