import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { cookies } from "next/headers";
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

/**
 * The document shell only. The signed-in console (top bar, navigation) lives in app/(console)/layout.tsx
 * and the sign-in screen in app/(auth)/. Reading the cookie makes every page render per request, which
 * the CSP nonce (proxy.ts) needs anyway.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // The theme class is decided here, from the cookie, so the first paint already has the right colours.
  const theme = parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" className={themeClassName(theme)}>
      <body className="min-h-dvh bg-canvas font-sans text-fg antialiased">{children}</body>
    </html>
  );
}
