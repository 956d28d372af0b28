import "server-only";
import { SignInCredentials, type Role } from "@/lib/schemas/auth";
import type { Db } from "../db/types";
import { recordAudit } from "../audit/append-audit";
import type { AuditActor } from "../audit/audit-input";
import { recordRolledUp, type RollupPolicy } from "../audit/rollup";
import { findUserByEmail } from "../users/find-user";
import { knownRoles } from "./roles";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { RequestMeta } from "./request-meta";
import { recordThrottleFailure, resetThrottle, throttleKeys, throttleWait } from "./sign-in-throttle";

export type SignedInUser = { id: string; email: string; name: string; roles: Role[] };

/** `retryAfterSeconds` only when the attempt was not checked because of the delay (same for any email). */
export type PasswordSignInResult = { ok: true; user: SignedInUser } | { ok: false; retryAfterSeconds: number | null };

type FailureReason = "malformed" | "throttled" | "unknown_user" | "no_password" | "bad_password" | "disabled";

/**
 * Failed sign-ins come from signed-out visitors, so they are rolled up (issue 10 §3): per 5-minute window and
 * client bucket (the trusted address, or one bucket for all when none is trusted), the first 5 are entries of
 * their own and the rest one aggregate entry with their count, reasons and a sample of emails.
 */
export const SIGN_IN_FAILURE_ROLLUP: RollupPolicy = { windowMs: 5 * 60_000, free: 5 };

const ANONYMOUS: AuditActor = { id: "anonymous", email: null, roles: [] };

/**
 * Checks an email + password and writes `auth.sign_in` or `auth.sign_in_failed`. Every failure looks the same to
 * the caller (next-auth shows one generic error): it must not learn whether the email exists, and the disabled
 * check comes after the password so guessers cannot probe account status. Repeated failures delay further checks
 * (sign-in-throttle.ts) instead of locking the account; `meta.ip` is the trusted client address or null.
 */
export async function signInWithPassword({
  db,
  credentials,
  meta,
  now = () => new Date(),
}: {
  db: Db;
  credentials: unknown;
  /** For the audit entries and the throttle: `ip` from requestMeta(), never the raw X-Forwarded-For. */
  meta: RequestMeta;
  now?: () => Date;
}): Promise<PasswordSignInResult> {
  const fail = async (reason: FailureReason, actor: AuditActor, retryAfterSeconds: number | null = null) => {
    const event = {
      key: `sign-in-failed:${meta.ip ?? "untrusted"}`,
      entry: {
        actor,
        action: "auth.sign_in_failed" as const,
        outcome: "failure" as const,
        details: { reason },
        ...meta,
      },
      aggregate: { actor: ANONYMOUS, ip: meta.ip, outcome: "failure" as const },
      tallies: { reasons: reason },
      distinct: { emails: actor.email },
    };
    await recordRolledUp(db, event, SIGN_IN_FAILURE_ROLLUP, now());
    return { ok: false as const, retryAfterSeconds };
  };
  const parsed = SignInCredentials.safeParse(credentials);
  if (!parsed.success) return fail("malformed", ANONYMOUS);
  const { email, password } = parsed.data;
  const anonymous = { ...ANONYMOUS, email };
  const keys = throttleKeys(email, meta.ip);

  const wait = await throttleWait(db, keys, now());
  // Not checked and not counted: the password is never tried while the key waits, whoever sent it.
  if (wait > 0) return fail("throttled", anonymous, wait);

  const refuse = async (reason: FailureReason, actor: AuditActor) => {
    await recordThrottleFailure(db, keys, now());
    return fail(reason, actor);
  };
  const user = await findUserByEmail(db, email);
  if (!user || !user.passwordHash) {
    await burnPasswordCheck(password);
    return refuse(user ? "no_password" : "unknown_user", user ? { id: user.id, email, roles: [] } : anonymous);
  }
  const actor = { id: user.id, email: user.email, roles: knownRoles(user.roles) };
  if (!(await verifyPassword(password, user.passwordHash))) return refuse("bad_password", actor);
  if (user.disabledAt) return refuse("disabled", actor);

  await resetThrottle(db, keys);
  await recordAudit({ actor, action: "auth.sign_in", details: { method: "password" }, ...meta }, { db });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, roles: actor.roles } };
}
