import "server-only";
import type { ComplianceClient } from "@/lib/compliance";
import type { SessionKind, SessionTranscriptDto } from "@/lib/schemas/investigate";
import { audited, namedTarget, type VerbAudit } from "../investigate/audited";
import { pageTokenCursor } from "../investigate/cursor";
import { toLocalMessageDto, toLocalSessionSummary, toRemoteMessageDto, toRemoteSessionSummary } from "./to-session-dto";

export type SessionTranscriptInput = { kind: SessionKind; sessionId: string; cursor?: string; limit: number };

/** Session message pages end early on a size budget and can be empty while more remain: follow up to this many. */
const MAX_HOPS = 20;

/** LS3 / RS2, following `next_page` until a page has messages or the walk ends. Audited `session.view`. */
export async function getSessionTranscript({
  client,
  audit,
  input,
}: {
  client: ComplianceClient;
  audit: VerbAudit;
  input: SessionTranscriptInput;
}): Promise<SessionTranscriptDto> {
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
      for (let hop = 0; ; hop++) {
        const params = { limit: input.limit, page };
        const res =
          input.kind === "local"
            ? await client.localSessions.listMessages(input.sessionId, params).then((r) => ({
                session: toLocalSessionSummary(r.session),
                messages: r.data.map(toLocalMessageDto),
                next: r.next_page,
              }))
            : await client.remoteSessions.listMessages(input.sessionId, params).then((r) => ({
                session: toRemoteSessionSummary(r.session),
                messages: r.data.map(toRemoteMessageDto),
                next: r.next_page,
              }));
        if (res.messages.length > 0 || res.next === null || hop + 1 >= MAX_HOPS) {
          return { session: res.session, messages: res.messages, nextCursor: cursor.next(res.next) };
        }
        page = res.next;
      }
    },
  );
}
