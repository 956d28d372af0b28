import "server-only";
import type { ComplianceClient } from "@/lib/compliance";
import type { AuditPurpose } from "@/lib/schemas/audit";
import { createOperationAudit } from "../audit/operation-audit";
import type { Db } from "../db/types";
import { auditActorOf, jobActor, type JobActor, type SystemActor } from "./actor";
import type { OperationContext } from "./context";
import { lazyClient } from "../upstream/lazy-client";

export type JobContextInput = {
  db: Db;
  client: ComplianceClient;
  jobId: string;
  startedBy?: JobActor["startedBy"];
  /** The purpose the starter declared when starting the job: stamped on the job's entries as on theirs. */
  purpose?: AuditPurpose | null;
};

/** The operation context of a background job or a CLI script: no request, so no request id, IP or user agent. */
export function jobContext({ db, client, jobId, startedBy = null, purpose = null }: JobContextInput): OperationContext {
  const actor = jobActor(jobId, startedBy);
  return { db, client, actor, audit: createOperationAudit(db, { actor: auditActorOf(actor), purpose }) };
}

/** The operation context of the console itself: `npm run users` (`cli:<os user>`) or the demo seed. */
export function systemContext({
  db,
  client = lazyClient(),
  id,
}: {
  db: Db;
  client?: ComplianceClient;
  id: SystemActor["id"];
}): OperationContext {
  const actor: SystemActor = { kind: "system", id };
  return { db, client, actor, audit: createOperationAudit(db, { actor: auditActorOf(actor) }) };
}
