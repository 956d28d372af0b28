import "server-only";
import { z } from "zod";
import type { Db } from "../db/types";
import { checkSession } from "../auth-sessions/check-session";
import { configuredSessionPolicy, type SessionPolicy } from "../auth-sessions/session-policy";
import { findUserById } from "../users/find-user";
import type { Actor } from "../users/actor";
import { knownRoles } from "./roles";

/** Who the session cookie says is signed in, and which sign-in session (for purpose of access). */
export const SessionIdentity = z.object({ userId: z.string().min(1), sessionId: z.string().min(1) });
export type SessionIdentity = z.infer<typeof SessionIdentity>;

/** next-auth session (from getServerSession) → identity, or null when signed out or malformed. */
export function sessionIdentityFrom(session: unknown): SessionIdentity | null {
  const parsed = z.object({ custody: SessionIdentity }).safeParse(session);
  return parsed.success ? parsed.data.custody : null;
}

/**
 * The current user as the database has it now, not as the token remembers: a role change or disable
 * takes effect on the very next request. Null when the user is gone or disabled, or when the token's
 * server-side session is missing, ended, expired or idle (a valid signature alone is not enough: the
 * cookie outlives sign-out). Every route (withRoute) and every page (getCurrentActor) comes through here.
 */
export async function resolveActor(
  db: Db,
  identity: SessionIdentity,
  policy: SessionPolicy = configuredSessionPolicy(),
): Promise<Actor | null> {
  const row = await findUserById(db, identity.userId);
  if (!row || row.disabledAt) return null;
  const session = await checkSession(db, { sessionId: identity.sessionId, user: row }, policy);
  if (!session.ok) return null;
  return { id: row.id, email: row.email, name: row.name, roles: knownRoles(row.roles) };
}
