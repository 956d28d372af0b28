import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleShell } from "@/components/shell/console-shell";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { landingFor } from "@/lib/server/auth/landing";
import { consoleShellOf } from "@/app/_server/console-shell-of";

export const metadata: Metadata = { title: "Page not found" };

/**
 * A mistyped or stale address. A signed-in user keeps the console around it (top bar, nav) and a way to their own
 * work; anyone else (a session that just ended) gets the bare message and the way to sign in.
 */
export default async function NotFound() {
  const current = await getCurrentActor();
  const home = current ? landingFor(current.actor.roles) : null;
  const link = home ? { href: home.href, text: `Go to ${home.label}` } : { href: "/sign-in", text: "Sign in" };
  const message = (
    <div className="mx-auto max-w-xl py-16 text-center" data-testid="not-found">
      <p className="font-mono text-sm text-subtle">404</p>
      <h1 className="mt-2 text-xl font-semibold tracking-tight text-fg">Page not found</h1>
      <p className="mt-2 text-sm text-muted">This page does not exist in Custody.</p>
      <Link
        href={link.href}
        className="mt-6 inline-flex h-8 items-center rounded-lg bg-accent px-3 text-sm font-medium text-accent-fg"
      >
        {link.text}
      </Link>
    </div>
  );
  if (!current) return <main id="main">{message}</main>;
  return <ConsoleShell {...await consoleShellOf(current)}>{message}</ConsoleShell>;
}
