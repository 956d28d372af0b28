import "server-only";
import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json";

/** prev_hash of the first entry. */
export const GENESIS_HASH = "0".repeat(64);

/** Every stored column except `hash` itself: changing any of them changes the hash. */
export type HashedAuditFields = {
  seq: number;
  id: string;
  /** Canonical timestamp, see canonicalTimestamp(). */
  at: string;
  actorId: string;
  actorEmail: string | null;
  actorRoles: string[];
  action: string;
  targets: unknown;
  purpose: unknown;
  requestId: string | null;
  ip: string | null;
  /**
   * Present only when stored (non-null): canonical JSON drops `undefined` members, so entries written before the
   * column existed hash exactly as they did.
   */
  forwardedForUntrusted?: string;
  userAgent: string | null;
  outcome: string;
  details: unknown;
  prevHash: string;
};

/** hash = sha256(prev_hash + canonicalJson(entry without hash)), hex. */
export function computeAuditHash(fields: HashedAuditFields): string {
  return createHash("sha256").update(fields.prevHash).update(canonicalJson(fields)).digest("hex");
}

/**
 * Microsecond ISO-8601 in UTC (`2026-01-02T03:04:05.678000Z`): timestamptz keeps microseconds, so a
 * millisecond string would miss a sub-millisecond edit. Must match CANONICAL_AT_SQL exactly.
 */
export function canonicalTimestamp(date: Date): string {
  return date.toISOString().replace(/Z$/, "000Z");
}

/** The same canonical form, computed by PostgreSQL from the stored value. */
export const CANONICAL_AT_SQL = `to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
