import "server-only";
import type { Db } from "../db/types";
import { appendAudit, recordAudit, type AppendedAudit } from "../audit/append-audit";
import type { AuditContext, AuditInput } from "../audit/audit-input";

/** What a handler adds to an entry; actor, purpose, request id, IP and user agent come from the request. */
export type AuditEvent = Omit<AuditInput, keyof AuditContext>;

export type RouteAudit = {
  /** The request's facts, for verbs that write their own entries (`createUser({ db, ctx: audit.context, … })`). */
  context: AuditContext;
  /** Own transaction: for reads (views, downloads, searches). Throws if the write fails, failing the request. */
  record: (event: AuditEvent) => Promise<AppendedAudit>;
  /** Inside the caller's transaction, next to the change it describes. */
  append: (tx: Db, event: AuditEvent) => Promise<AppendedAudit>;
};

export function createRouteAudit(db: Db, context: AuditContext): RouteAudit {
  return {
    context,
    record: (event) => recordAudit({ ...context, ...event }, { db }),
    append: (tx, event) => appendAudit(tx, { ...context, ...event }),
  };
}
