import "server-only";
import { userInfo } from "node:os";
import type { Role } from "@/lib/schemas/auth";
import type { AuditActor } from "../audit/audit-input";

/** The signed-in user a route acts for; roles are read from the database on every request. */
export type Actor = { kind?: "user"; id: string; email: string; name: string; roles: Role[] };

/** The operator running `npm run users`, recorded as `cli:<os user>`. */
export function cliActor(): AuditActor & { id: `cli:${string}` } {
  let name = process.env.USER ?? "unknown";
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry (some containers): keep $USER.
  }
  return { id: `cli:${name}`, email: null, roles: [] };
}

export function toAuditActor(actor: Actor): AuditActor {
  return { id: actor.id, email: actor.email, roles: actor.roles };
}
