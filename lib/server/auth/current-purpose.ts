import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { PurposeDto } from "@/lib/schemas/auth";
import type { Db } from "../db/types";
import { accessPurposes } from "../db/schema";

/** The purpose most recently declared in this session, or null if none yet. */
export async function currentPurpose({
  db,
  userId,
  sessionId,
}: {
  db: Db;
  userId: string;
  sessionId: string;
}): Promise<PurposeDto | null> {
  const [row] = await db
    .select()
    .from(accessPurposes)
    .where(and(eq(accessPurposes.userId, userId), eq(accessPurposes.sessionId, sessionId)))
    .orderBy(desc(accessPurposes.declaredAt))
    .limit(1);
  return row
    ? { id: row.id, reference: row.reference, reason: row.reason, declaredAt: row.declaredAt.toISOString() }
    : null;
}
