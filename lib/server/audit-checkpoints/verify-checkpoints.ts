import "server-only";
import { inArray } from "drizzle-orm";
import type { Db } from "../db/types";
import { auditEntries } from "../db/schema";
import type { SigningKey } from "../signing/signing-key";
import { checkpointSignedBytes, type AuditCheckpoint } from "./checkpoint-format";
import { readCheckpointFiles } from "./checkpoint-store";
import { auditHeadSeq } from "./create-checkpoint";

export type CheckpointProblemKind =
  "truncated" | "rewritten" | "missing" | "bad_signature" | "unknown_key" | "unreadable";
export type CheckpointProblem = {
  kind: CheckpointProblemKind;
  /** The checkpoint's file name in the checkpoint folder. */
  file: string;
  seq: number | null;
  signedAt: string | null;
  reason: string;
};
export type CheckpointVerification = {
  /** The chain's last seq when the checkpoints were checked. */
  headSeq: number;
  /** Checkpoint files found. */
  count: number;
  /** Signed by our key and matching the table. */
  verified: number;
  latest: { file: string; seq: number; signedAt: string } | null;
  /** The first problems in seq order (at most MAX_LISTED); `problemCount` has them all. */
  problems: CheckpointProblem[];
  problemCount: number;
};

const MAX_LISTED = 20;
const BATCH = 1000;
const short = (hash: string) => `${hash.slice(0, 12)}…`;

/**
 * Holds the table against every checkpoint: a good signature by this console's key, and the entry at its seq still
 * carrying its hash. A cut end shows as checkpoints past the head (truncated); a rewrite, even one that recomputed
 * every later hash so that the chain verifies, as a checkpoint whose entry's hash differs (rewritten).
 */
export async function verifyAuditCheckpoints(
  db: Db,
  { dir, key }: { dir: string; key: Pick<SigningKey, "keyId" | "verify"> },
): Promise<CheckpointVerification> {
  // Files first, head second: a checkpoint is only written for a committed entry, so every file read here has its
  // entry at or below the head read next, and an append racing this check cannot pass for a truncation.
  const files = readCheckpointFiles(dir);
  const headSeq = await auditHeadSeq(db);
  const problems: CheckpointProblem[] = [];
  const signed: { file: string; checkpoint: AuditCheckpoint }[] = [];
  for (const { file, checkpoint, error } of files) {
    if (!checkpoint) {
      problems.push({ kind: "unreadable", file, seq: null, signedAt: null, reason: `checkpoint ${file} is ${error}` });
      continue;
    }
    const at = { file, seq: checkpoint.seq, signedAt: checkpoint.at };
    const named = `checkpoint ${file} (seq ${checkpoint.seq}, signed ${checkpoint.at})`;
    if (checkpoint.keyId !== key.keyId) {
      problems.push({ kind: "unknown_key", ...at, reason: `${named} names key ${checkpoint.keyId}, not ${key.keyId}` });
    } else if (!key.verify(checkpointSignedBytes(checkpoint), Buffer.from(checkpoint.signature, "base64"))) {
      problems.push({ kind: "bad_signature", ...at, reason: `${named} has a bad signature: forged or altered` });
    } else {
      signed.push({ file, checkpoint });
    }
  }

  const stored = new Map<number, string>();
  const seqs = signed.map((s) => s.checkpoint.seq).filter((seq) => seq <= headSeq);
  for (let i = 0; i < seqs.length; i += BATCH) {
    const rows = await db
      .select({ seq: auditEntries.seq, hash: auditEntries.hash })
      .from(auditEntries)
      .where(inArray(auditEntries.seq, seqs.slice(i, i + BATCH)));
    for (const row of rows) stored.set(row.seq, row.hash);
  }

  let verified = 0;
  let lastGood: AuditCheckpoint | undefined;
  for (const { file, checkpoint } of signed) {
    const at = { file, seq: checkpoint.seq, signedAt: checkpoint.at };
    const named = `checkpoint ${file} (seq ${checkpoint.seq}, signed ${checkpoint.at})`;
    const hash = stored.get(checkpoint.seq);
    if (checkpoint.seq > headSeq) {
      const cut = headSeq === 0 ? "the trail is empty" : `the chain ends at seq ${headSeq}`;
      problems.push({
        kind: "truncated",
        ...at,
        reason: `truncated: ${cut}, but ${named} vouches for entry ${checkpoint.entryId}`,
      });
    } else if (hash === undefined) {
      problems.push({
        kind: "missing",
        ...at,
        reason: `entry ${checkpoint.entryId} vouched for by ${named} is missing`,
      });
    } else if (hash !== checkpoint.hash) {
      const since = lastGood ? `after seq ${lastGood.seq}, which still matches its checkpoint` : "at or before it";
      problems.push({
        kind: "rewritten",
        ...at,
        reason: `rewritten: entry at seq ${checkpoint.seq} has hash ${short(hash)}, but ${named} recorded ${short(checkpoint.hash)}; an entry ${since} was changed`,
      });
    } else {
      verified++;
      lastGood = checkpoint;
    }
  }

  problems.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const newest = signed.at(-1);
  return {
    headSeq,
    count: files.length,
    verified,
    latest: newest ? { file: newest.file, seq: newest.checkpoint.seq, signedAt: newest.checkpoint.at } : null,
    problems: problems.slice(0, MAX_LISTED),
    problemCount: problems.length,
  };
}
