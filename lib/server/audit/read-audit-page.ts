import "server-only";
import { AuditQuery, type AuditPageDto } from "@/lib/schemas/audit";
import { auditFilterDetails } from "@/lib/schemas/audit-filters";
import type { OperationCall } from "../operation/context";
import { listAudit } from "./list-audit";
import { flushDueRollups } from "./rollup";

/**
 * One page of the trail for an auditor (route or page), and its `audit.view` entry: reading the trail is itself
 * audited, so auditors are accountable for what they looked at. Written after the read, so the entry describes
 * exactly what was shown.
 */
export async function readAuditPage(call: OperationCall<AuditQuery>): Promise<AuditPageDto> {
  // Windows that are over become their aggregate entries first, so the page shows every event (issue 10 §3).
  await flushDueRollups(call.db);
  const page = await listAudit(call);
  await call.audit.record({
    action: "audit.view",
    details: { filters: auditFilterDetails(AuditQuery.parse(call.input)), returned: page.entries.length },
  });
  return page;
}
