import Link from "next/link";
import { CustodyMark } from "@/components/ui/icons";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import type { ThemeChoice } from "@/components/theme/theme";

export function TopBar({ theme }: { theme: ThemeChoice }) {
  return (
    <header className="sticky top-0 z-20 flex h-14 items-center justify-between border-b border-line bg-surface/85 px-4 backdrop-blur supports-[backdrop-filter]:bg-surface/75 md:px-5">
      <Link href="/" className="flex items-center gap-2 rounded-md text-fg" aria-label="Custody home">
        <CustodyMark className="text-accent" />
        <span className="text-[15px] font-semibold tracking-tight">Custody</span>
        <span className="hidden rounded-full border border-line px-2 py-0.5 text-[11px] font-medium text-subtle sm:inline">
          Compliance console
        </span>
      </Link>
      <ThemeToggle initial={theme} />
    </header>
  );
}
