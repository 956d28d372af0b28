import "server-only";
import { z } from "zod";
import { canonicalJson } from "../audit/canonical-json";

/**
 * One signed checkpoint: the chain's entry at `seq` had hash `hash` at time `at`, vouched for by key `keyId`. The
 * file lives outside the database, so someone who can rewrite the table (and recompute every later hash) or cut
 * its end still cannot make the trail agree with what was signed before.
 */
export const AuditCheckpoint = z.object({
  version: z.literal(1),
  seq: z.number().int().positive(),
  entryId: z.string().min(1).max(100),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.iso.datetime(),
  keyId: z.string().min(1).max(100),
  /** Ed25519 over checkpointSignedBytes(), base64. */
  signature: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
});
export type AuditCheckpoint = z.infer<typeof AuditCheckpoint>;

// The signing key will also sign evidence bundles: the prefix keeps a checkpoint signature from ever being valid
// for another kind of document, and the other way round.
const DOMAIN = "custody.audit-checkpoint.v1\n";

/** The exact bytes signed: a domain prefix and the canonical JSON of every field but the signature. */
export function checkpointSignedBytes(checkpoint: Omit<AuditCheckpoint, "signature">): Buffer {
  const { version, seq, entryId, hash, at, keyId } = checkpoint;
  return Buffer.from(DOMAIN + canonicalJson({ version, seq, entryId, hash, at, keyId }), "utf8");
}
