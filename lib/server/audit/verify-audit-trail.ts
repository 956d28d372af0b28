import "server-only";
import type { Db } from "../db/types";
import { auditCheckpointDir } from "../state-dir";
import { getSigningKey, type SigningKey } from "../signing/signing-key";
import { verifyAuditCheckpoints, type CheckpointVerification } from "../audit-checkpoints/verify-checkpoints";
import { verifyAuditChain, type BrokenEntry } from "./verify-chain";
import { flushDueRollups } from "./rollup";

export type AuditTrailVerification = {
  /** The chain is intact AND agrees with every signed checkpoint. */
  ok: boolean;
  count: number;
  /** The first altered or missing entry, from the walk of the chain itself. */
  broken?: BrokenEntry;
  checkpoints: CheckpointVerification;
};

/**
 * `audit:verify`, `GET /api/audit/verify` and the Audit trail page: the hash chain, then the checkpoints outside the
 * database. The chain alone cannot see its end cut off or every hash recomputed after an edit; the checkpoints can.
 */
export async function verifyAuditTrail(
  db: Db,
  options: { dir: string; key: Pick<SigningKey, "keyId" | "verify">; batchSize?: number },
): Promise<AuditTrailVerification> {
  const chain = await verifyAuditChain(db, { batchSize: options.batchSize });
  const checkpoints = await verifyAuditCheckpoints(db, options);
  const ok = chain.ok && checkpoints.problemCount === 0;
  return chain.ok
    ? { ok, count: chain.count, checkpoints }
    : { ok, count: chain.count, broken: chain.broken, checkpoints };
}

/**
 * The same for the process: its checkpoint folder and signing key. Roll-up windows that are over join the chain
 * first (issue 10 §3), so what is verified is the whole trail, from every caller alike.
 */
export async function verifyProcessAuditTrail(db: Db): Promise<AuditTrailVerification> {
  await flushDueRollups(db);
  return verifyAuditTrail(db, { dir: auditCheckpointDir(), key: getSigningKey() });
}
