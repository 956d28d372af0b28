import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { SideNav } from "@/components/shell/side-nav";
import { SkipLink } from "@/components/shell/skip-link";
import { TopBar } from "@/components/shell/top-bar";
import { THEME_COOKIE, parseThemeChoice, themeClassName } from "@/components/theme/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Custody", template: "%s · Custody" },
  description: "eDiscovery console for the Claude Enterprise Compliance API",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111113" },
  ],
};

const MAIN_ID = "main";

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The theme class is decided here, from the cookie, so the first paint already has the right colours.
  const theme = parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" className={themeClassName(theme)}>
      <body className="min-h-dvh bg-canvas font-sans text-fg antialiased">
        <SkipLink targetId={MAIN_ID} />
        <TopBar theme={theme} />
        <div className="mx-auto flex min-h-[calc(100dvh-3.5rem)] w-full max-w-[1400px]">
          <aside className="hidden w-56 shrink-0 border-r border-line md:block">
            <div className="sticky top-14 px-3 py-4">
              <SideNav orientation="vertical" />
            </div>
          </aside>
          <div className="min-w-0 flex-1">
            <div className="border-b border-line px-4 py-2 md:hidden">
              <SideNav orientation="horizontal" />
            </div>
            <main id={MAIN_ID} tabIndex={-1} className="px-4 py-6 outline-none md:px-8 md:py-8">
              {children}
            </main>
          </div>
        </div>
      </body>
    </html>
  );
}
