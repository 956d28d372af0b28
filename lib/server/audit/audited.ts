import "server-only";
import type { AuditAction, AuditDetails, AuditTarget } from "@/lib/schemas/audit";
import type { OperationAudit } from "./operation-audit";
import { failureCode } from "@/lib/server/http/upstream-errors";

/** The part of OperationAudit a read needs. */
export type VerbAudit = Pick<OperationAudit, "record">;

export type AuditPlan<T> = {
  action: AuditAction;
  /** Known before the read (e.g. the chat id). */
  targets: AuditTarget[];
  details?: AuditDetails;
  /** Targets and details learnt from the result (e.g. the chat's custodian). */
  after?: (result: T) => { targets?: AuditTarget[]; details?: AuditDetails };
};

/**
 * Runs a read of custodian data and writes its audit entry: success with what was read, or failure with our error
 * code (the attempt itself is evidence). A failed audit write fails the read: no unaudited views.
 */
export async function audited<T>(audit: VerbAudit, plan: AuditPlan<T>, read: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await read();
  } catch (err) {
    // Best effort: the read's own error is what the caller must see, even if this write fails too.
    await audit
      .record({
        action: plan.action,
        targets: plan.targets,
        details: { ...plan.details, error: failureCode(err) },
        outcome: "failure",
      })
      .catch(() => undefined);
    throw err;
  }
  const extra = plan.after?.(result) ?? {};
  await audit.record({
    action: plan.action,
    targets: dedupeTargets([...plan.targets, ...(extra.targets ?? [])]),
    details: { ...plan.details, ...extra.details },
    outcome: "success",
  });
  return result;
}

/** One target per type and id, in first-seen order; a name learnt later (from the result) fills in a missing one. */
export function dedupeTargets(targets: AuditTarget[]): AuditTarget[] {
  const byKey = new Map<string, AuditTarget>();
  for (const t of targets) {
    const key = `${t.type}:${t.id}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, t);
    else if (!seen.label && t.label) byKey.set(key, { ...seen, label: t.label });
  }
  return [...byKey.values()];
}

/** A target with its name (chat name, file name, email…) when the verb has it at hand, for the auditor to read. */
export function namedTarget(type: AuditTarget["type"], id: string, label: string | null | undefined): AuditTarget {
  return label ? { type, id, label } : { type, id };
}

export const custodianTargets = (ids: readonly string[]): AuditTarget[] => ids.map((id) => ({ type: "custodian", id }));
