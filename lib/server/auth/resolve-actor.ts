import "server-only";
import { z } from "zod";
import type { Db } from "../db/types";
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
 * takes effect on the very next request. Null when the user is gone or disabled.
 */
export async function resolveActor(db: Db, identity: SessionIdentity): Promise<Actor | null> {
  const row = await findUserById(db, identity.userId);
  if (!row || row.disabledAt) return null;
  return { id: row.id, email: row.email, name: row.name, roles: knownRoles(row.roles) };
}
