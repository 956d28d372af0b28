import "server-only";
import type { Db } from "../db/types";
import { authSessions } from "../db/schema";
import type { SessionPolicy } from "./session-policy";

/** Records a new sign-in session (id = the JWT's `sid`); called once, when next-auth mints the token. */
export async function startSession(
  db: Db,
  { sessionId, userId, policy }: { sessionId: string; userId: string; policy: SessionPolicy },
): Promise<void> {
  const now = policy.now();
  await db.insert(authSessions).values({
    id: sessionId,
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + policy.absoluteMs),
  });
}
