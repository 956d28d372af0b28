import "server-only";
import { lazyClient } from "@/lib/server/upstream/lazy-client";
import { createOperationAudit } from "@/lib/server/audit/operation-audit";
import type { Refusal } from "@/lib/schemas/refusal";
import { requireCapabilityForPage } from "@/lib/server/auth/page-access";
import { requestMetaFromNext } from "@/lib/server/auth/request-meta";
import { requirePurposeOrRedirect } from "@/lib/server/auth/require-purpose";
import { getDb } from "@/lib/server/db";
import { createId } from "@/lib/server/db/ids";
import type { OperationContext } from "@/lib/server/operation/context";

export type InvestigatorPage = { allowed: false; refusal: Refusal } | { allowed: true; op: OperationContext };

/**
 * For pages that show custodian content: refuses roles without `custodian:read` (the page says so), sends
 * investigators without a declared purpose to /purpose and back, and returns the operation context the page's server
 * prefetch calls verbs with, so a prefetched read is audited exactly like the same read through our routes.
 */
export async function requireInvestigatorPage(
  callbackUrl: string,
  capability: "custodian:read" | "activity:read" = "custodian:read",
): Promise<InvestigatorPage> {
  const { allowed, refusal } = await requireCapabilityForPage(capability);
  if (!allowed) return { allowed: false, refusal };
  const { actor, purpose } = await requirePurposeOrRedirect(callbackUrl);
  const db = await getDb();
  const audit = createOperationAudit(db, {
    actor: { id: actor.id, email: actor.email, roles: actor.roles },
    purpose: { id: purpose.id, reference: purpose.reference, reason: purpose.reason },
    requestId: createId("req"),
    ...(await requestMetaFromNext()),
  });
  return { allowed: true, op: { db, client: lazyClient(), audit, actor } };
}
