import type { ComplianceClient } from "@/lib/compliance";
import type { AuditContext } from "@/lib/server/audit/audit-input";
import { createOperationAudit, type OperationAudit } from "@/lib/server/audit/operation-audit";
import type { Db } from "@/lib/server/db/types";
import type { OperationActor } from "@/lib/server/operation/actor";
import type { OperationContext } from "@/lib/server/operation/context";

/** Stands in for a part of the context a test does not provide: any use fails loudly, naming the part. */
export function missing<T extends object>(part: string): T {
  return new Proxy({} as T, {
    get: (_t, prop) => {
      if (prop === "then") return undefined; // not a thenable
      throw new Error(`the test gave the operation no ${part} (it read .${String(prop)})`);
    },
  });
}

export type TestOperationParts = {
  db?: Db;
  client?: ComplianceClient;
  actor?: OperationActor;
  /** A whole audit sink, or just `record` (reads), or … */
  audit?: Partial<OperationAudit>;
  /** … the facts to stamp, written to `db` through the real audit sink. */
  auditContext?: AuditContext;
};

/**
 * The `{ db, client, audit, actor }` an operation takes, built from what a test has: `verb({ ...testOp({ db,
 * auditContext }), input })`. Parts the operation should not touch are proxies that throw when used.
 */
export function testOp(parts: TestOperationParts = {}): OperationContext {
  const db = parts.db ?? missing<Db>("db");
  const actor: OperationActor = parts.actor ?? {
    kind: "system",
    id: `system:${(parts.auditContext?.actor.id ?? "test").replace(/^[a-z]+:/, "")}`,
  };
  let audit: OperationAudit;
  if (parts.auditContext) audit = createOperationAudit(db, parts.auditContext);
  else {
    const given = parts.audit ?? {};
    audit = {
      context: given.context ?? { actor: { id: "test", email: null, roles: [] } },
      record: given.record ?? (() => Promise.reject(new Error("the test gave the operation no audit sink"))),
      append: given.append ?? (() => Promise.reject(new Error("the test gave the operation no audit sink"))),
      checkpoint: given.checkpoint ?? (() => Promise.reject(new Error("the test gave the operation no audit sink"))),
    };
  }
  return { db, client: parts.client ?? missing<ComplianceClient>("client"), actor, audit };
}
