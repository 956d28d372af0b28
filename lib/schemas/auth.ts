import { z } from "zod";

/** Console roles. A user may hold several; capabilities are derived in lib/server/auth/roles.ts. */
export const ROLES = ["analyst", "legal", "admin", "auditor"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** At least one role, no duplicates, stored sorted so audit snapshots compare cleanly. */
export const RoleList = z
  .array(Role)
  .min(1, "At least one role is required")
  .transform((roles) => [...new Set(roles)].sort());
export type RoleList = z.infer<typeof RoleList>;

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Not a valid email address").max(254, "Too long: at most 254 characters"));

export const AuthSource = z.enum(["local", "oidc"]);
export type AuthSource = z.infer<typeof AuthSource>;

/** A console user as shown to admins. Never carries the password hash. */
export const UserDto = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(Role),
  authSource: AuthSource,
  disabled: z.boolean(),
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
  /** Open sign-in sessions; on the users list only (GET /api/users, the Users page). */
  activeSessions: z.number().int().nonnegative().optional(),
});
export type UserDto = z.infer<typeof UserDto>;

/** Minimum length follows NIST 800-63B guidance for user-chosen secrets on a sensitive system. */
export const Password = z
  .string()
  .min(12, "Too short: at least 12 characters")
  .max(1024, "Too long: at most 1024 characters");

export const CreateUserBody = z.object({
  email: Email,
  name: z.string().trim().min(1, "Required").max(200, "Too long: at most 200 characters"),
  roles: RoleList,
  /** Omit to have a strong password generated and returned once. */
  password: Password.optional(),
});
export type CreateUserBody = z.input<typeof CreateUserBody>;

export const SetRolesBody = z.object({ roles: RoleList });
export type SetRolesBody = z.input<typeof SetRolesBody>;

export const SignInCredentials = z.object({
  email: Email,
  // Not Password: a short wrong password must still count as a failed attempt, not a validation error.
  password: z.string().min(1).max(1024),
});
export type SignInCredentials = z.infer<typeof SignInCredentials>;

/** Purpose of access, stated before reading custodian content. */
export const DeclarePurposeBody = z.object({
  reference: z.string().trim().min(1, "Required").max(120, "Too long: at most 120 characters"),
  reason: z.string().trim().min(10, "Too short: at least 10 characters").max(1000, "Too long: at most 1000 characters"),
});
export type DeclarePurposeBody = z.input<typeof DeclarePurposeBody>;

export const PurposeDto = z.object({
  id: z.string(),
  reference: z.string(),
  reason: z.string(),
  declaredAt: z.string(),
});
export type PurposeDto = z.infer<typeof PurposeDto>;

/** Sign-in page error codes set by the OIDC sign-in callback (`/sign-in?error=…`). */
export const SIGN_IN_ERRORS = {
  OidcNoRole: "Your identity provider did not grant you any Custody role. Ask an administrator.",
  OidcNoEmail: "Your identity provider did not share a verified email address.",
  OidcAccountConflict: "A local account already uses this email address. Ask an administrator.",
  AccountDisabled: "This account is disabled.",
  CredentialsSignin: "Wrong email or password.",
} as const;

/**
 * A password attempt refused unchecked because of the sign-in delay (issue 10 §4): `SignInDelayed:<seconds>`. Said
 * alike for every email, existing or not, so it reveals nothing about accounts.
 */
const SIGN_IN_DELAYED = /^SignInDelayed:(\d{1,6})$/;
export const signInDelayedError = (seconds: number) => `SignInDelayed:${Math.max(1, Math.ceil(seconds))}`;
export function signInDelayMessage(error: string | null | undefined): string | null {
  const match = error ? SIGN_IN_DELAYED.exec(error) : null;
  if (!match) return null;
  const seconds = Number(match[1]);
  return `Too many attempts. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
}
