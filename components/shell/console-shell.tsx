import type { ReactNode } from "react";
import type { ThemeChoice } from "@/components/theme/theme";
import type { PurposeSummary } from "./purpose-indicator";
import { SideNav } from "./side-nav";
import { SkipLink } from "./skip-link";
import { TopBar } from "./top-bar";
import type { MenuUser } from "./user-menu";

const MAIN_ID = "main";

export type ConsoleShellProps = {
  theme: ThemeChoice;
  user: MenuUser;
  /** Undefined for roles that never state a purpose (no badge); null for an investigator who has not yet. */
  purpose?: PurposeSummary | null;
  /** Nav entries the user's capabilities open, decided on the server. */
  visibleHrefs: readonly string[];
};

/**
 * The signed-in console around a page: skip link, top bar, navigation. The console layout wraps every page in it,
 * and the 404 page does too for a signed-in user, so a mistyped address never strands them without the nav.
 */
export function ConsoleShell({
  theme,
  user,
  purpose,
  visibleHrefs,
  children,
}: ConsoleShellProps & { children: ReactNode }) {
  return (
    <>
      <SkipLink targetId={MAIN_ID} />
      <TopBar theme={theme} user={user} purpose={purpose} />
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
