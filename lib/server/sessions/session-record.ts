import "server-only";
import {
  isComplianceError,
  type ComplianceClient,
  type UpstreamLocalSession,
  type UpstreamRemoteSession,
} from "@/lib/compliance";

/**
 * The session as the lists carry it. The transcript endpoints withhold fields the lists have (reference §5.16,
 * §5.17): LS3 always sends `user.email_address: null`; RS2 also nulls `started_by_user` and `claude_project_id`.
 * So the page's facts would say less than the sessions list, which showed the custodian's email.
 */

/** LS2: the bare local session, with the user's email. A session LS3 just answered but LS2 does not keeps LS3's. */
export async function localSessionRecord(
  client: ComplianceClient,
  sessionId: string,
): Promise<UpstreamLocalSession | null> {
  try {
    return await client.localSessions.get(sessionId);
  } catch (err) {
    if (isComplianceError(err, "not_found")) return null;
    throw err;
  }
}

/**
 * RS1 has no retrieve-one endpoint: ask it for the sessions created at this session's very instant (its owner's
 * only, when it has one, as RS1's `user_ids[]` matches owners) and pick it out by id. One request, on RS1's budget.
 */
export async function remoteSessionRecord(
  client: ComplianceClient,
  fromTranscript: UpstreamRemoteSession,
): Promise<UpstreamRemoteSession | null> {
  const owner = fromTranscript.user?.id;
  const res = await client.remoteSessions.list({
    ...(owner ? { userIds: [owner] } : {}),
    createdAt: { gte: fromTranscript.created_at, lte: fromTranscript.created_at },
    limit: 100,
  });
  return res.data.find((s) => s.id === fromTranscript.id) ?? null;
}
