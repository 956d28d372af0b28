import { eq } from "drizzle-orm";
import { startSession } from "@/lib/server/auth-sessions/start-session";
import { sessionPolicy } from "@/lib/server/auth-sessions/session-policy";
import { authSessions } from "@/lib/server/db/schema";
import type { Db } from "@/lib/server/db/types";
import { findUserById } from "@/lib/server/users/find-user";

/**
 * Harnesses that hand withRoute an identity directly (no next-auth sign-in) record the session next-auth would have
 * recorded, once: the session check refuses a token without its row. An ended row stays ended.
 */
export async function ensureSessionRow(db: Db, identity: { userId: string; sessionId: string }): Promise<void> {
  const existing = await db
    .select({ id: authSessions.id })
    .from(authSessions)
    .where(eq(authSessions.id, identity.sessionId));
  if (existing.length > 0 || !(await findUserById(db, identity.userId))) return;
  await startSession(db, { ...identity, policy: sessionPolicy(30) }).catch(() => {
    // A concurrent request of the same test inserted it first.
  });
}
