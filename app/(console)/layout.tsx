import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { SideNav } from "@/components/shell/side-nav";
import { SkipLink } from "@/components/shell/skip-link";
import { TopBar } from "@/components/shell/top-bar";
import { THEME_COOKIE, parseThemeChoice } from "@/components/theme/theme";
import { requireSignedIn, visibleNavHrefs } from "@/lib/server/auth/page-access";
import { can } from "@/lib/server/auth/roles";

const MAIN_ID = "main";

// Per request: the user, their roles and purpose are read from the database on every navigation.
export const dynamic = "force-dynamic";

/** Every console page: signed-in users only (others go to /sign-in and come back), nav by capability. */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const { actor, purpose } = await requireSignedIn();
  const theme = parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
  const visibleHrefs = visibleNavHrefs(NAV_ITEMS, actor.roles);
  // Only investigators state a purpose; others never see the badge.
  const purposeSummary = can(actor.roles, "custodian:read")
    ? purpose && { reference: purpose.reference, reason: purpose.reason }
    : undefined;
  return (
    <>
      <SkipLink targetId={MAIN_ID} />
      <TopBar
        theme={theme}
        user={{ name: actor.name, email: actor.email, roles: actor.roles }}
        purpose={purposeSummary}
      />
      <div className="mx-auto flex min-h-[calc(100dvh-3.5rem)] w-full max-w-[1400px]">
        <aside className="hidden w-56 shrink-0 border-r border-line md:block">
          <div className="sticky top-14 px-3 py-4">
            <SideNav orientation="vertical" visibleHrefs={visibleHrefs} />
          </div>
        </aside>
        <div className="min-w-0 flex-1">
          <div className="border-b border-line px-4 py-2 md:hidden">
            <SideNav orientation="horizontal" visibleHrefs={visibleHrefs} />
          </div>
          <main id={MAIN_ID} tabIndex={-1} className="px-4 py-6 outline-none md:px-8 md:py-8">
            {children}
          </main>
        </div>
      </div>
    </>
  );
}
