import "server-only";
import { randomBytes } from "node:crypto";

/** Prefixed random ids (`usr_…`, `aud_…`) keep logs and audit exports readable. 120 bits of randomness. */
export function createId(prefix: "usr" | "aud" | "pur" | "req" | "ses"): string {
  return `${prefix}_${randomBytes(15).toString("base64url")}`;
}
