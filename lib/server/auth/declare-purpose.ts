import "server-only";
import { DeclarePurposeBody, type PurposeDto } from "@/lib/schemas/auth";
import type { Db } from "../db/types";
import { accessPurposes } from "../db/schema";
import { createId } from "../db/ids";
import { appendAudit } from "../audit/append-audit";
import type { AuditContext } from "../audit/audit-input";

/**
 * Records why the investigator is about to read custodian content (case or ticket reference + reason).
 * It holds for this sign-in session only and is stamped on every later audit entry of the session.
 */
export async function declarePurpose({
  db,
  ctx,
  userId,
  sessionId,
  input,
}: {
  db: Db;
  ctx: AuditContext;
  userId: string;
  sessionId: string;
  input: DeclarePurposeBody;
}): Promise<PurposeDto> {
  const body = DeclarePurposeBody.parse(input);
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(accessPurposes)
      .values({ id: createId("pur"), userId, sessionId, reference: body.reference, reason: body.reason })
      .returning();
    await appendAudit(tx, {
      ...ctx,
      purpose: { id: inserted.id, reference: inserted.reference, reason: inserted.reason },
      action: "purpose.declare",
      details: { previousPurposeId: ctx.purpose?.id ?? null },
    });
    return inserted;
  });
  return { id: row.id, reference: row.reference, reason: row.reason, declaredAt: row.declaredAt.toISOString() };
}
