import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import type { SessionKind, SessionSummaryDto, SessionTranscriptDto } from "@/lib/schemas/investigate";
import { audited, namedTarget } from "@/lib/server/audit/audited";
import { pageTokenCursor } from "@/lib/server/http/cursor";
import { localSessionRecord, remoteSessionRecord } from "./session-record";
import { toLocalMessageDto, toLocalSessionSummary, toRemoteMessageDto, toRemoteSessionSummary } from "./to-session-dto";

export type SessionTranscriptInput = { kind: SessionKind; sessionId: string; cursor?: string; limit: number };

/** Session message pages end early on a size budget and can be empty while more remain: follow up to this many. */
const MAX_HOPS = 20;

/**
 * LS3 / RS2, following `next_page` until a page has messages or the walk ends. Audited `session.view`. The first page
 * also reads the session as the lists carry it (LS2 / RS1: session-record.ts), since the transcript endpoints withhold
 * the custodian's email; the page then names the custodian the sessions list named.
 */
export async function getSessionTranscript({
  client,
  audit,
  input,
}: OperationCall<SessionTranscriptInput>): Promise<SessionTranscriptDto> {
  const cursor = pageTokenCursor(`session.messages.${input.kind}`);
  let page = cursor.read(input.cursor);
  return audited(
    audit,
    {
      action: "session.view",
      targets: [{ type: "session", id: input.sessionId }],
      details: { kind: input.kind, page: page ? "next" : "first" },
      after: (t) => ({
        targets: t.session.custodian
          ? [namedTarget("custodian", t.session.custodian.id, t.session.custodian.email)]
          : [],
        details: { messages: t.messages.length },
      }),
    },
    async () => {
      const isFirstPage = page === undefined;
      let session: SessionSummaryDto | undefined;
      for (let hop = 0; ; hop++) {
        const params = { limit: input.limit, page };
        const res =
          input.kind === "local"
            ? await Promise.all([
                client.localSessions.listMessages(input.sessionId, params),
                // Later pages only add messages: the browser keeps the first page's session.
                isFirstPage && hop === 0 ? localSessionRecord(client, input.sessionId) : null,
              ]).then(([r, record]) => ({
                session: toLocalSessionSummary(record ?? r.session),
                messages: r.data.map(toLocalMessageDto),
                next: r.next_page,
              }))
            : await client.remoteSessions.listMessages(input.sessionId, params).then(async (r) => ({
                session: toRemoteSessionSummary(
                  (isFirstPage && hop === 0 ? await remoteSessionRecord(client, r.session) : null) ?? r.session,
                ),
                messages: r.data.map(toRemoteMessageDto),
                next: r.next_page,
              }));
        session ??= res.session;
        if (res.messages.length > 0 || res.next === null || hop + 1 >= MAX_HOPS) {
          return { session, messages: res.messages, nextCursor: cursor.next(res.next) };
        }
        page = res.next;
      }
    },
  );
}
