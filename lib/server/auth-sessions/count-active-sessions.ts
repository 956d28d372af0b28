import "server-only";
import { and, count, gt, isNull } from "drizzle-orm";
import type { Db } from "../db/types";
import { authSessions } from "../db/schema";
import type { SessionPolicy } from "./session-policy";

/**
 * Open sessions per user id, counting only those still inside both timeouts (a session nobody has used since it went
 * idle is over even before a request marks it so). One grouped query for the whole users page.
 */
export async function countActiveSessions(db: Db, policy: SessionPolicy): Promise<Map<string, number>> {
  const now = policy.now();
  const rows = await db
    .select({ userId: authSessions.userId, n: count() })
    .from(authSessions)
    .where(
      and(
        isNull(authSessions.endedAt),
        gt(authSessions.expiresAt, now),
        gt(authSessions.lastSeenAt, new Date(now.getTime() - policy.idleMs)),
      ),
    )
    .groupBy(authSessions.userId);
  return new Map(rows.map((r) => [r.userId, Number(r.n)]));
}
