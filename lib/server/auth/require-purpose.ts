import "server-only";
import { redirect } from "next/navigation";
import type { PurposeDto } from "@/lib/schemas/auth";
import { purposeUrl, signInUrl } from "@/lib/urls/safe-callback-url";
import { getCurrentActor, type CurrentActor } from "./current-actor";

/**
 * For pages that show custodian content: the signed-in user with the purpose of access declared in
 * this session. Without one, redirects to /purpose, which comes back to `callbackUrl` once stated
 * (signed-out users go to /sign-in first). Pass the page's own path and query as `callbackUrl`.
 */
export async function requirePurposeOrRedirect(callbackUrl: string): Promise<CurrentActor & { purpose: PurposeDto }> {
  const current = await getCurrentActor();
  if (!current) redirect(signInUrl(callbackUrl));
  if (!current.purpose) redirect(purposeUrl(callbackUrl));
  return { ...current, purpose: current.purpose };
}
