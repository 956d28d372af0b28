import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "../db/types";
import { auditEntries } from "../db/schema";
import { AUDIT_CHAIN_LOCK } from "../audit/chain-lock";
import type { SigningKey } from "../signing/signing-key";
import { checkpointSignedBytes, type AuditCheckpoint } from "./checkpoint-format";
import { writeCheckpointFile, type StoredCheckpoint } from "./checkpoint-store";

export type CheckpointTarget = { db: Db; key: SigningKey; dir: string };

/**
 * Signs the entry at `seq` (the N-entry trigger) or the chain's head, and writes the checkpoint file. The chain lock
 * is taken only to wait for the appender that scheduled us to commit, and released at once: the signing and the
 * file write happen outside it. Null when there is nothing to sign (empty chain, or that append rolled back).
 */
export async function createAuditCheckpoint(
  { db, key, dir }: CheckpointTarget,
  options: { seq?: number } = {},
): Promise<StoredCheckpoint | null> {
  const entry = await db.transaction(async (tx) => {
    await tx.execute(AUDIT_CHAIN_LOCK);
    const [row] = await tx
      .select({ seq: auditEntries.seq, id: auditEntries.id, hash: auditEntries.hash })
      .from(auditEntries)
      .where(options.seq === undefined ? undefined : eq(auditEntries.seq, options.seq))
      .orderBy(desc(auditEntries.seq))
      .limit(1);
    return row;
  });
  if (!entry) return null;
  const unsigned: Omit<AuditCheckpoint, "signature"> = {
    version: 1,
    seq: entry.seq,
    entryId: entry.id,
    hash: entry.hash,
    at: new Date().toISOString(),
    keyId: key.keyId,
  };
  const signature = key.sign(checkpointSignedBytes(unsigned)).toString("base64");
  return writeCheckpointFile(dir, { ...unsigned, signature });
}

/** The head's seq, without the lock: the hourly check only needs to know whether it moved. */
export async function auditHeadSeq(db: Db): Promise<number> {
  const [row] = await db.select({ seq: auditEntries.seq }).from(auditEntries).orderBy(desc(auditEntries.seq)).limit(1);
  return row?.seq ?? 0;
}
