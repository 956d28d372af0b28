import "server-only";
import type { Role } from "@/lib/schemas/auth";

/** Demo mode only (CUSTODY_DEMO=1): seeded at start and listed on the sign-in page. Never created otherwise. */
export const DEMO_PASSWORD = "custody-demo";

export const DEMO_ACCOUNTS: readonly { email: string; name: string; roles: Role[] }[] = [
  { email: "analyst@westeros.inc", name: "Arya Analyst", roles: ["analyst"] },
  { email: "legal@westeros.inc", name: "Lyanna Legal", roles: ["legal"] },
  { email: "admin@westeros.inc", name: "Aemon Admin", roles: ["admin"] },
  { email: "auditor@westeros.inc", name: "Aude Auditor", roles: ["auditor"] },
];

/** What the sign-in page shows: the demo accounts and password in demo mode, nothing otherwise. */
export function demoSignInHints(demo: boolean): { email: string; roles: Role[]; password: string }[] {
  return demo ? DEMO_ACCOUNTS.map((a) => ({ email: a.email, roles: a.roles, password: DEMO_PASSWORD })) : [];
}
