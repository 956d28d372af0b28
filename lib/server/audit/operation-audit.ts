import "server-only";
import type { Db } from "../db/types";
import { appendAudit, recordAudit, type AppendedAudit } from "./append-audit";
import type { AuditContext, AuditInput } from "./audit-input";
import { auditedCheckpoint, type CheckpointStep } from "./checkpoint-audit";

/** What an operation adds to an entry; actor, purpose, request id, IP and user agent come from its caller. */
export type AuditEvent = Omit<AuditInput, keyof AuditContext>;

/**
 * The audit sink every operation writes through, whoever called it: a route (request facts), a page prefetch (the
 * page request's facts) or a job (`job:<id>`, no request). The same operation therefore writes the same entry.
 */
export type OperationAudit = {
  /** The caller's facts, stamped on every entry. */
  context: AuditContext;
  /** Own transaction: for reads (views, downloads, searches). Throws if the write fails, failing the operation. */
  record: (event: AuditEvent) => Promise<AppendedAudit>;
  /** Inside the caller's transaction, next to the change it describes. */
  append: (tx: Db, event: AuditEvent) => Promise<AppendedAudit>;
  /** A job's step and its one entry in one transaction, the entry appended last (./checkpoint-audit.ts). */
  checkpoint: <T>(step: CheckpointStep<T>) => Promise<{ result: T; entry: AppendedAudit }>;
};

export function createOperationAudit(db: Db, context: AuditContext): OperationAudit {
  return {
    context,
    record: (event) => recordAudit({ ...context, ...event }, { db }),
    append: (tx, event) => appendAudit(tx, { ...context, ...event }),
    checkpoint: (step) => auditedCheckpoint(db, context, step),
  };
}
