import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/types";
import { authSessions, type SessionEndReason } from "../db/schema";

/**
 * Ends one session if it is still open. True when this call ended it, so the caller audits the end exactly once
 * even when two requests race to end the same session.
 */
export async function endSession(
  tx: Db,
  { sessionId, reason, at = new Date() }: { sessionId: string; reason: SessionEndReason; at?: Date },
): Promise<boolean> {
  const ended = await tx
    .update(authSessions)
    .set({ endedAt: at, endReason: reason })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.endedAt)))
    .returning({ id: authSessions.id });
  return ended.length > 0;
}

/** Ends every open session of a user inside the caller's transaction; returns how many were open. */
export async function endSessionsOfUser(
  tx: Db,
  { userId, reason, at = new Date() }: { userId: string; reason: SessionEndReason; at?: Date },
): Promise<number> {
  const ended = await tx
    .update(authSessions)
    .set({ endedAt: at, endReason: reason })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.endedAt)))
    .returning({ id: authSessions.id });
  return ended.length;
}
