import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/shell/console-shell";
import { requireSignedIn } from "@/lib/server/auth/page-access";
import { consoleShellOf } from "@/app/_server/console-shell-of";

// Per request: the user, their roles and purpose are read from the database on every navigation.
export const dynamic = "force-dynamic";

/** Every console page: signed-in users only (others go to /sign-in and come back), nav by capability. */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  return <ConsoleShell {...await consoleShellOf(await requireSignedIn())}>{children}</ConsoleShell>;
}
