import "server-only";
import { lazyClient } from "@/lib/server/upstream/lazy-client";
import { createOperationAudit } from "@/lib/server/audit/operation-audit";
import type { CurrentActor } from "@/lib/server/auth/current-actor";
import { pageAuditContext } from "@/lib/server/auth/page-access";
import { getDb } from "@/lib/server/db";
import type { OperationContext } from "@/lib/server/operation/context";

/** The operation context of a server-rendered page for the signed-in user: the same verbs the routes call. */
export async function pageOperation(current: CurrentActor): Promise<OperationContext> {
  const db = await getDb();
  const audit = createOperationAudit(db, await pageAuditContext(current));
  return { db, client: lazyClient(), audit, actor: current.actor };
}
