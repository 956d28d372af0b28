import "server-only";
import type { Refusal } from "@/components/auth/not-allowed";
import { requireCapabilityForPage } from "@/lib/server/auth/page-access";
import { requestMetaFromNext } from "@/lib/server/auth/request-meta";
import { requirePurposeOrRedirect } from "@/lib/server/auth/require-purpose";
import { getDb } from "@/lib/server/db";
import { createId } from "@/lib/server/db/ids";
import { createRouteAudit } from "@/lib/server/http/route-audit";
import type { VerbAudit } from "@/lib/server/investigate/audited";

export type InvestigatorPage = { allowed: false; refusal: Refusal } | { allowed: true; audit: VerbAudit };

/**
 * For pages that show custodian content: refuses roles without `custodian:read` (the page says so), sends
 * investigators without a declared purpose to /purpose and back, and returns the audit sink the page's server
 * prefetch writes through, so a prefetched read is audited exactly like the same read through our routes.
 */
export async function requireInvestigatorPage(
  callbackUrl: string,
  capability: "custodian:read" | "activity:read" = "custodian:read",
): Promise<InvestigatorPage> {
  const { allowed, refusal } = await requireCapabilityForPage(capability);
  if (!allowed) return { allowed: false, refusal };
  const { actor, purpose } = await requirePurposeOrRedirect(callbackUrl);
  const audit = createRouteAudit(await getDb(), {
    actor: { id: actor.id, email: actor.email, roles: actor.roles },
    purpose: { id: purpose.id, reference: purpose.reference, reason: purpose.reason },
    requestId: createId("req"),
    ...(await requestMetaFromNext()),
  });
  return { allowed: true, audit };
}
