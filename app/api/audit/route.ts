import { AuditQuery } from "@/lib/schemas/audit";
import { auditFilterDetails } from "@/lib/schemas/audit-filters";
import { listAudit } from "@/lib/server/audit/list-audit";
import { withRoute } from "@/lib/server/http/route";

// GET /api/audit?actor=&action=&target=&outcome=&from=&to=&cursor=&limit=: one page of the trail, newest first.
// Reading the trail is itself audited (`audit.view`), so auditors are accountable for what they looked at.
export const GET = withRoute({ capability: "audit:read", query: AuditQuery }, async ({ db, query, audit }) => {
  const page = await listAudit({ db, query });
  await audit.record({
    action: "audit.view",
    details: { filters: auditFilterDetails(query), returned: page.entries.length },
  });
  return Response.json(page, { headers: { "cache-control": "no-store" } });
});
