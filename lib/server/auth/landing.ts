import "server-only";
import type { Role } from "@/lib/schemas/auth";
import { can, type Capability } from "./roles";

export type Landing = { href: string; label: string };

/** The status overview: every role may open it, and it is where a user whose roles open none of the below lands. */
export const OVERVIEW: Landing = { href: "/overview", label: "the overview" };

/**
 * Where each role's work is, in order: a user lands (after sign-in, and on `/`) on the first their roles open.
 * Analysts and legal investigate, admins manage users, auditors read the trail; the overview is in the nav.
 */
const LANDINGS: readonly (Landing & { capability: Capability })[] = [
  { capability: "custodian:read", href: "/investigate", label: "Investigate" },
  { capability: "users:manage", href: "/admin/users", label: "Users" },
  { capability: "audit:read", href: "/audit", label: "the audit trail" },
];

export function landingFor(roles: readonly Role[]): Landing {
  const landing = LANDINGS.find((l) => can(roles, l.capability));
  return landing ? { href: landing.href, label: landing.label } : OVERVIEW;
}
