import "server-only";
import type { Db } from "../db/types";
import { appendAudit, type AppendedAudit } from "./append-audit";
import type { AuditContext } from "./audit-input";
import type { AuditEvent } from "./operation-audit";

export type CheckpointStep<T> = (tx: Db) => Promise<{ result: T; event: AuditEvent }>;

/**
 * One bounded step of long work (a collection page, an export part, a SIEM batch): the step's writes and ONE audit
 * entry describing them (counts, id range) commit together, and the entry is appended last, so the chain's lock
 * (held from the append to the commit) is held for one insert, not for the whole step. Thousands of stored items
 * cost one entry and one short lock per checkpoint instead of one per item (docs/adr/0002).
 */
export async function auditedCheckpoint<T>(
  db: Db,
  context: AuditContext,
  step: CheckpointStep<T>,
): Promise<{ result: T; entry: AppendedAudit }> {
  return db.transaction(async (tx) => {
    const { result, event } = await step(tx);
    const entry = await appendAudit(tx, { ...context, ...event });
    return { result, entry };
  });
}
