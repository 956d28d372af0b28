import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { THEME_COOKIE, parseThemeChoice } from "@/components/theme/theme";

/** Screens before sign-in: no navigation, no user; a centred column over a quiet backdrop. */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const theme = parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <div className="relative flex min-h-dvh flex-col">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 top-0 h-72 bg-gradient-to-b from-accent-soft/70 to-transparent"
      />
      <div className="relative flex justify-end px-4 pt-4 md:px-6">
        <ThemeToggle initial={theme} />
      </div>
      <main id="main" className="relative flex flex-1 items-start justify-center px-4 pt-6 pb-16 sm:pt-12">
        {children}
      </main>
    </div>
  );
}
