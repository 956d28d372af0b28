import "server-only";
import type { OperationCall } from "../operation/context";
import { DeclarePurposeBody, type PurposeDto } from "@/lib/schemas/auth";
import { accessPurposes } from "../db/schema";
import { createId } from "../db/ids";
import { appendAudit } from "../audit/append-audit";

export type DeclarePurposeInput = { sessionId: string } & DeclarePurposeBody;

/**
 * Records why the investigator is about to read custodian content (case or ticket reference + reason).
 * It holds for this sign-in session only and is stamped on every later audit entry of the session.
 */
export async function declarePurpose({
  db,
  audit,
  actor,
  input,
}: OperationCall<DeclarePurposeInput>): Promise<PurposeDto> {
  const body = DeclarePurposeBody.parse({ reference: input.reference, reason: input.reason });
  const userId = actor.id;
  const { sessionId } = input;
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(accessPurposes)
      .values({ id: createId("pur"), userId, sessionId, reference: body.reference, reason: body.reason })
      .returning();
    // The new purpose is stamped on its own declaration, so the entry reads under the purpose it starts.
    await appendAudit(tx, {
      ...audit.context,
      purpose: { id: inserted.id, reference: inserted.reference, reason: inserted.reason },
      action: "purpose.declare",
      details: { previousPurposeId: audit.context.purpose?.id ?? null },
    });
    return inserted;
  });
  return { id: row.id, reference: row.reference, reason: row.reason, declaredAt: row.declaredAt.toISOString() };
}
