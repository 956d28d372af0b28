import "server-only";
import { z } from "zod";
import { Role } from "@/lib/schemas/auth";

/** What the OIDC provider's profile() hands to the sign-in callback. */
export const OidcUser = z.object({
  id: z.string().min(1),
  email: z.string().nullable(),
  emailVerified: z.boolean().nullable(),
  name: z.string(),
  roles: z.array(Role),
});
export type OidcUser = z.infer<typeof OidcUser>;

const IdTokenClaims = z.looseObject({
  sub: z.string().min(1),
  email: z.string().optional(),
  // Some IdPs send "true"/"false" strings.
  email_verified: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).optional(),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
});

/**
 * Role claim → Custody roles. Accepts an array or a space/comma-separated string (IdPs differ); values
 * are matched case-insensitively and anything unknown is ignored, so IdP groups unrelated to Custody
 * grant nothing.
 */
export function rolesFromClaim(value: unknown): Role[] {
  const raw = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[\s,]+/) : [];
  const roles = raw.flatMap((v) => {
    const parsed = Role.safeParse(typeof v === "string" ? v.trim().toLowerCase() : v);
    return parsed.success ? [parsed.data] : [];
  });
  return [...new Set(roles)].sort();
}

/** Reads a claim by dotted path, e.g. `realm_access.roles` (Keycloak) or a namespaced URL claim. */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let node: unknown = claims;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
    node = Object.entries(node).find(([k]) => k === key)?.[1];
  }
  return node;
}

/** ID-token claims → OidcUser; throws when `sub` is missing (next-auth then refuses the sign-in). */
export function profileFromClaims(claims: unknown, roleClaim: string): OidcUser {
  const parsed = IdTokenClaims.parse(claims);
  const email = parsed.email?.trim().toLowerCase() || null;
  return {
    id: parsed.sub,
    email,
    emailVerified: parsed.email_verified ?? null,
    name: parsed.name?.trim() || parsed.preferred_username || email || parsed.sub,
    roles: rolesFromClaim(claimAt(parsed, roleClaim)),
  };
}
