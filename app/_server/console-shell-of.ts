import "server-only";
import { cookies } from "next/headers";
import type { ConsoleShellProps } from "@/components/shell/console-shell";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { THEME_COOKIE, parseThemeChoice } from "@/components/theme/theme";
import type { CurrentActor } from "@/lib/server/auth/current-actor";
import { visibleNavHrefs } from "@/lib/server/auth/page-access";
import { can } from "@/lib/server/auth/roles";

// In app/, not lib/server: it assembles UI props from the shell's own nav table and theme cookie (lib/ never
// imports components/).

/** What the console shell (top bar, nav) shows this user: the console layout's and the signed-in 404 page's. */
export async function consoleShellOf({ actor, purpose }: CurrentActor): Promise<ConsoleShellProps> {
  return {
    theme: parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value),
    user: { name: actor.name, email: actor.email, roles: actor.roles },
    // Only investigators state a purpose; others never see the badge.
    purpose: can(actor.roles, "custodian:read")
      ? purpose && { reference: purpose.reference, reason: purpose.reason }
      : undefined,
    visibleHrefs: visibleNavHrefs(NAV_ITEMS, actor.roles),
  };
}
