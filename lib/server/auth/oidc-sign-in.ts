import "server-only";
import { eq, or, sql } from "drizzle-orm";
import type { SIGN_IN_ERRORS } from "@/lib/schemas/auth";
import type { Db } from "../db/types";
import { users } from "../db/schema";
import { createId } from "../db/ids";
import { appendAudit, recordAudit } from "../audit/append-audit";
import type { AuditActor } from "../audit/audit-input";
import { knownRoles } from "./roles";
import type { OidcUser } from "./oidc-profile";
import type { RequestMeta } from "./request-meta";
import type { SignedInUser } from "./credentials-sign-in";

export type OidcSignInResult = { ok: true; user: SignedInUser } | { ok: false; error: keyof typeof SIGN_IN_ERRORS };

/**
 * Admits an IdP-authenticated user: refuses one without a verified email or without any Custody role,
 * then creates (JIT) or refreshes the user row, the IdP being the source of truth for OIDC users' roles.
 * The row change and `auth.sign_in` commit together; every refusal writes `auth.sign_in_failed`.
 */
export async function completeOidcSignIn({
  db,
  profile,
  issuer,
  meta,
}: {
  db: Db;
  profile: OidcUser;
  issuer: string;
  meta: RequestMeta;
}): Promise<OidcSignInResult> {
  const refuse = async (error: Exclude<keyof typeof SIGN_IN_ERRORS, "CredentialsSignin">, actor: AuditActor) => {
    const details = { method: "oidc", reason: error, sub: profile.id, issuer };
    await recordAudit({ actor, action: "auth.sign_in_failed", outcome: "failure", details, ...meta }, { db });
    return { ok: false as const, error };
  };
  const anonymous: AuditActor = { id: "anonymous", email: profile.email, roles: [] };
  if (!profile.email || profile.emailVerified === false) return refuse("OidcNoEmail", anonymous);
  if (profile.roles.length === 0) return refuse("OidcNoRole", anonymous);
  const email = profile.email;

  const outcome = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(users)
      .where(or(eq(users.externalId, profile.id), eq(users.email, email)))
      // The IdP subject identifies the person even after an email change: prefer that match.
      .orderBy(sql`${users.externalId} is not distinct from ${profile.id} desc`)
      .limit(1);
    if (existing && existing.authSource !== "oidc")
      return { kind: "refused" as const, error: "OidcAccountConflict" as const, existing };
    if (existing?.disabledAt) return { kind: "refused" as const, error: "AccountDisabled" as const, existing };

    const actor: AuditActor = { id: existing?.id ?? createId("usr"), email, roles: profile.roles };
    if (!existing) {
      await tx.insert(users).values({
        id: actor.id,
        email,
        name: profile.name,
        roles: profile.roles,
        authSource: "oidc",
        externalId: profile.id,
      });
      await appendAudit(tx, {
        actor,
        ...meta,
        action: "user.create",
        targets: [{ type: "user", id: actor.id, label: email }],
        details: { email, roles: profile.roles, authSource: "oidc", issuer },
      });
    } else {
      const before = [...knownRoles(existing.roles)].sort();
      await tx
        .update(users)
        .set({ email, name: profile.name, roles: profile.roles, externalId: profile.id, updatedAt: new Date() })
        .where(eq(users.id, existing.id));
      if (before.join() !== profile.roles.join()) {
        await appendAudit(tx, {
          actor,
          ...meta,
          action: "user.role_change",
          targets: [{ type: "user", id: existing.id, label: email }],
          details: { email, from: before, to: profile.roles, source: "oidc" },
        });
      }
    }
    await appendAudit(tx, { actor, ...meta, action: "auth.sign_in", details: { method: "oidc", issuer } });
    return { kind: "admitted" as const, user: { id: actor.id, email, name: profile.name, roles: profile.roles } };
  });

  if (outcome.kind === "refused") {
    const { existing } = outcome;
    return refuse(outcome.error, { id: existing.id, email: existing.email, roles: knownRoles(existing.roles) });
  }
  return { ok: true, user: outcome.user };
}
