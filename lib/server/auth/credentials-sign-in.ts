import "server-only";
import { SignInCredentials, type Role } from "@/lib/schemas/auth";
import type { Db } from "../db/types";
import { recordAudit } from "../audit/append-audit";
import { findUserByEmail } from "../users/find-user";
import type { RateLimiter } from "../rate-limit/types";
import type { LimitRule } from "../rate-limit";
import { knownRoles } from "./roles";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { RequestMeta } from "./request-meta";

export type SignedInUser = { id: string; email: string; name: string; roles: Role[] };

type FailureReason = "malformed" | "rate_limited" | "unknown_user" | "no_password" | "bad_password" | "disabled";

/**
 * Checks an email + password and writes `auth.sign_in` or `auth.sign_in_failed`. Every failure returns
 * null (next-auth shows one generic error): the caller must not learn whether the email exists, and the
 * disabled check comes after the password so guessers cannot probe account status.
 */
export async function signInWithPassword({
  db,
  limiter,
  rule,
  credentials,
  meta,
  clientIp,
}: {
  db: Db;
  limiter: RateLimiter;
  rule: LimitRule;
  credentials: unknown;
  /** For the audit entries. */
  meta: RequestMeta;
  /** For the rate limit: from clientIp(), never the raw X-Forwarded-For the client can rotate. */
  clientIp: string;
}): Promise<SignedInUser | null> {
  const fail = async (reason: FailureReason, actor: { id: string; email: string | null; roles: Role[] }) => {
    await recordAudit(
      { actor, action: "auth.sign_in_failed", outcome: "failure", details: { reason }, ...meta },
      { db },
    );
    return null;
  };
  const parsed = SignInCredentials.safeParse(credentials);
  if (!parsed.success) return fail("malformed", { id: "anonymous", email: null, roles: [] });
  const { email, password } = parsed.data;
  const anonymous = { id: "anonymous", email, roles: [] };

  const limit = await limiter.hit(`sign-in:${email}:${clientIp}`, rule.limit, rule.windowMs);
  if (!limit.allowed) return fail("rate_limited", anonymous);

  const user = await findUserByEmail(db, email);
  if (!user || !user.passwordHash) {
    await burnPasswordCheck(password);
    return fail(user ? "no_password" : "unknown_user", user ? { id: user.id, email, roles: [] } : anonymous);
  }
  const actor = { id: user.id, email: user.email, roles: knownRoles(user.roles) };
  if (!(await verifyPassword(password, user.passwordHash))) return fail("bad_password", actor);
  if (user.disabledAt) return fail("disabled", actor);

  await recordAudit({ actor, action: "auth.sign_in", details: { method: "password" }, ...meta }, { db });
  return { id: user.id, email: user.email, name: user.name, roles: actor.roles };
}
