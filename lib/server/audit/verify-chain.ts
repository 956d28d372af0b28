import "server-only";
import { asc, gt, sql } from "drizzle-orm";
import type { Db } from "../db/types";
import { auditEntries } from "../db/schema";
import { CANONICAL_AT_SQL, GENESIS_HASH, computeAuditHash } from "./hash-chain";

export type BrokenEntry = { id: string; seq: number; reason: string };
export type ChainVerification = { ok: true; count: number } | { ok: false; count: number; broken: BrokenEntry };

/**
 * Walks the whole chain in seq order. An entry whose own hash no longer matches its contents is reported
 * before any broken link: a single edited field (even `seq`, which moves the row) is then named exactly,
 * while a deleted or re-hashed entry shows up as a broken link at its successor.
 */
export async function verifyAuditChain(db: Db, options: { batchSize?: number } = {}): Promise<ChainVerification> {
  const batchSize = options.batchSize ?? 1000;
  let count = 0;
  let firstBadHash: BrokenEntry | undefined;
  let firstBadLink: BrokenEntry | undefined;
  let previous: { seq: number; id: string; hash: string } | undefined;
  let cursor: number | undefined;

  for (;;) {
    const rows = await db
      .select({
        seq: auditEntries.seq,
        id: auditEntries.id,
        atText: sql<string>`${sql.raw(CANONICAL_AT_SQL)}`,
        actorId: auditEntries.actorId,
        actorEmail: auditEntries.actorEmail,
        actorRoles: auditEntries.actorRoles,
        action: auditEntries.action,
        targets: auditEntries.targets,
        purpose: auditEntries.purpose,
        requestId: auditEntries.requestId,
        ip: auditEntries.ip,
        forwardedForUntrusted: auditEntries.forwardedForUntrusted,
        userAgent: auditEntries.userAgent,
        outcome: auditEntries.outcome,
        details: auditEntries.details,
        prevHash: auditEntries.prevHash,
        hash: auditEntries.hash,
      })
      .from(auditEntries)
      .where(cursor === undefined ? undefined : gt(auditEntries.seq, cursor))
      .orderBy(asc(auditEntries.seq))
      .limit(batchSize);

    for (const row of rows) {
      count++;
      const { atText, hash, forwardedForUntrusted, ...rest } = row;
      const hashed = { ...rest, at: atText, forwardedForUntrusted: forwardedForUntrusted ?? undefined };
      if (!firstBadHash && computeAuditHash(hashed) !== hash) {
        firstBadHash = {
          id: row.id,
          seq: row.seq,
          reason: "stored hash does not match the entry's contents (entry altered)",
        };
      }
      if (!firstBadLink) firstBadLink = checkLink(row, previous);
      previous = { seq: row.seq, id: row.id, hash: row.hash };
    }
    if (rows.length < batchSize) break;
    cursor = rows[rows.length - 1].seq;
  }

  const broken = firstBadHash ?? firstBadLink;
  return broken ? { ok: false, count, broken } : { ok: true, count };
}

function checkLink(
  row: { seq: number; id: string; prevHash: string },
  previous: { seq: number; id: string; hash: string } | undefined,
): BrokenEntry | undefined {
  const at = { id: row.id, seq: row.seq };
  if (!previous) {
    if (row.seq !== 1) return { ...at, reason: `chain starts at seq ${row.seq}, expected 1 (earlier entries missing)` };
    if (row.prevHash !== GENESIS_HASH) return { ...at, reason: "first entry does not start from the genesis hash" };
    return undefined;
  }
  if (row.seq !== previous.seq + 1) {
    return { ...at, reason: `sequence gap after entry ${previous.id} (seq ${previous.seq}): entries missing` };
  }
  if (row.prevHash !== previous.hash) {
    return { ...at, reason: `prev_hash does not match the hash of entry ${previous.id} (seq ${previous.seq})` };
  }
  return undefined;
}
