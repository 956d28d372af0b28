import "server-only";
import { and, eq, isNull, lt } from "drizzle-orm";
import { appendAudit } from "../audit/append-audit";
import type { Db } from "../db/types";
import { authSessions, type UserRow } from "../db/schema";
import { knownRoles } from "../auth/roles";
import { endSession } from "./end-session";
import type { SessionPolicy } from "./session-policy";

export type SessionRefusal = "missing" | "ended" | "idle" | "expired";
export type SessionCheck = { ok: true } | { ok: false; reason: SessionRefusal };

/**
 * Is this token's session still open? Refuses a session that has no row (minted before sessions were recorded, or
 * forged with a leaked secret), was ended, is past its absolute expiry or has been idle too long. A timed-out
 * session is marked ended here and that is audited once (`auth.session_expired`); a live one has its last-seen time
 * moved forward, at most once per `touchMs`.
 */
export async function checkSession(
  db: Db,
  { sessionId, user }: { sessionId: string; user: UserRow },
  policy: SessionPolicy,
): Promise<SessionCheck> {
  const [row] = await db.select().from(authSessions).where(eq(authSessions.id, sessionId)).limit(1);
  if (!row || row.userId !== user.id) return { ok: false, reason: "missing" };
  if (row.endedAt) return { ok: false, reason: "ended" };

  const now = policy.now();
  const timedOut =
    now >= row.expiresAt ? "expired" : now.getTime() - row.lastSeenAt.getTime() > policy.idleMs ? "idle" : null;
  if (timedOut) {
    await db.transaction(async (tx) => {
      if (!(await endSession(tx, { sessionId, reason: timedOut, at: now }))) return;
      await appendAudit(tx, {
        actor: { id: user.id, email: user.email, roles: knownRoles(user.roles) },
        action: "auth.session_expired",
        details: { reason: timedOut, sessionId, lastSeenAt: row.lastSeenAt.toISOString() },
      });
    });
    return { ok: false, reason: timedOut };
  }

  const touchBefore = new Date(now.getTime() - policy.touchMs);
  if (row.lastSeenAt < touchBefore) {
    // Conditional, so concurrent requests of one page write once between them.
    await db
      .update(authSessions)
      .set({ lastSeenAt: now })
      .where(
        and(eq(authSessions.id, sessionId), isNull(authSessions.endedAt), lt(authSessions.lastSeenAt, touchBefore)),
      );
  }
  return { ok: true };
}
