import { AuditQuery } from "@/lib/schemas/audit";
import { readAuditPage } from "@/lib/server/audit/read-audit-page";
import { withRoute } from "@/lib/server/http/route";

// GET /api/audit?actor=&action=&target=&outcome=&from=&to=&cursor=&limit=: one page of the trail, newest first.
// Reading the trail is itself audited (`audit.view`), so auditors are accountable for what they looked at.
export const GET = withRoute({ capability: "audit:read", query: AuditQuery }, async ({ query, ...ctx }) =>
  Response.json(await readAuditPage({ ...ctx, input: query })),
);
