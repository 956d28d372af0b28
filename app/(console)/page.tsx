import { redirect } from "next/navigation";
import { requireSignedIn } from "@/lib/server/auth/page-access";
import { landingFor } from "@/lib/server/auth/landing";

// Per request: where a user lands depends on their roles as stored now.
export const dynamic = "force-dynamic";

/**
 * `/` (and sign-in without a callbackUrl) sends each user to where their work is: Investigate, Users or the audit
 * trail (lib/server/auth/landing.ts). The status overview moved to /overview, one click away in the nav.
 */
export default async function HomePage() {
  const { actor } = await requireSignedIn();
  redirect(landingFor(actor.roles).href);
}
