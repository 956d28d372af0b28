import Link from "next/link";
import { CustodyMark } from "@/components/ui/icons";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import type { ThemeChoice } from "@/components/theme/theme";
import { PurposeIndicator, type PurposeSummary } from "./purpose-indicator";
import { UserMenu, type MenuUser } from "./user-menu";

/**
 * `purpose` is undefined for users who never read custodian content (no badge at all), null for an
 * investigator who has not stated one yet.
 */
export function TopBar({
  theme,
  user,
  purpose,
}: {
  theme: ThemeChoice;
  user: MenuUser;
  purpose?: PurposeSummary | null;
}) {
  return (
    <header className="sticky top-0 z-20 flex h-14 items-center justify-between gap-3 border-b border-line bg-surface/85 px-4 backdrop-blur supports-[backdrop-filter]:bg-surface/75 md:px-5">
      <Link href="/" className="flex shrink-0 items-center gap-2 rounded-md text-fg" aria-label="Custody home">
        <CustodyMark className="text-accent" />
        <span className="text-[15px] font-semibold tracking-tight">Custody</span>
        <span className="hidden rounded-full border border-line px-2 py-0.5 text-[11px] font-medium text-subtle sm:inline">
          Compliance console
        </span>
      </Link>
      <div className="flex min-w-0 items-center gap-2.5">
        {purpose !== undefined ? <PurposeIndicator purpose={purpose} /> : null}
        <ThemeToggle initial={theme} />
        <UserMenu user={user} />
      </div>
    </header>
  );
}
