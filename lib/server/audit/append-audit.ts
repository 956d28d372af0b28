import "server-only";
import { desc, is } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Db } from "../db/types";
import { auditEntries } from "../db/schema";
import { createId } from "../db/ids";
import { noteAuditAppended } from "../audit-checkpoints/checkpointer";
import { AuditInput } from "./audit-input";
import { AUDIT_CHAIN_LOCK } from "./chain-lock";
import { GENESIS_HASH, canonicalTimestamp, computeAuditHash, type HashedAuditFields } from "./hash-chain";

export type AppendedAudit = { id: string; seq: number; hash: string };

/**
 * Appends one entry inside the caller's transaction, so a change and the entry describing it commit
 * together; if this throws, the caller's transaction (and so the action) fails. Given a plain database
 * instead of a transaction, it opens one: the advisory lock only lasts until commit.
 */
export async function appendAudit(tx: Db, entry: AuditInput): Promise<AppendedAudit> {
  if (!is(tx, PgTransaction)) return tx.transaction((inner) => appendAudit(inner, entry));
  const input = AuditInput.parse(entry);
  // Concurrent appenders queue here; without it two could read the same last hash and fork the chain.
  await tx.execute(AUDIT_CHAIN_LOCK);
  const [last] = await tx
    .select({ seq: auditEntries.seq, hash: auditEntries.hash })
    .from(auditEntries)
    .orderBy(desc(auditEntries.seq))
    .limit(1);
  const at = new Date();
  const fields: HashedAuditFields = {
    seq: (last?.seq ?? 0) + 1,
    id: createId("aud"),
    at: canonicalTimestamp(at),
    actorId: input.actor.id,
    actorEmail: input.actor.email,
    actorRoles: input.actor.roles,
    action: input.action,
    targets: input.targets,
    purpose: input.purpose,
    requestId: input.requestId,
    ip: input.ip,
    forwardedForUntrusted: input.forwardedForUntrusted ?? undefined,
    userAgent: input.userAgent,
    outcome: input.outcome,
    details: input.details,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = computeAuditHash(fields);
  await tx.insert(auditEntries).values({ ...fields, at, hash });
  // Only schedules: the checkpoint is signed after this transaction commits, outside the lock (docs/adr/0009).
  noteAuditAppended(fields.seq);
  return { id: fields.id, seq: fields.seq, hash };
}

/** Records an entry in its own transaction: for reads and denials, which change nothing else. */
export async function recordAudit(entry: AuditInput, options: { db?: Db } = {}): Promise<AppendedAudit> {
  const db = options.db ?? (await (await import("../db")).getDb());
  return db.transaction((tx) => appendAudit(tx, entry));
}
