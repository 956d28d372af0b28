import { z } from "zod";
import { AuditQuery } from "@/lib/schemas/audit";
import { auditFilterDetails } from "@/lib/schemas/audit-filters";
import { exportAuditCsv, exportAuditNdjson } from "@/lib/server/audit/export-audit";
import { withRoute } from "@/lib/server/http/route";

const ExportQuery = AuditQuery.and(
  z.object({ format: z.enum(["csv", "ndjson"], { error: "Use csv or ndjson" }).default("csv") }),
);

const FORMATS = {
  csv: { type: "text/csv; charset=utf-8", ext: "csv", stream: exportAuditCsv },
  ndjson: { type: "application/x-ndjson; charset=utf-8", ext: "ndjson", stream: exportAuditNdjson },
} as const;

// GET /api/audit/export?format=csv|ndjson&…filters: every matching entry, oldest first, streamed as an
// attachment (memory stays flat whatever the trail's size). The export is audited before the first byte.
export const GET = withRoute(
  { capability: "audit:read", limit: "export", query: ExportQuery },
  async ({ db, query, audit }) => {
    const { format, cursor: _cursor, limit: _limit, ...filter } = query;
    const spec = FORMATS[format];
    const body = spec.stream({ db, query: filter });
    await audit.record({ action: "audit.export", details: { format, filters: auditFilterDetails(filter) } });
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    return new Response(body, {
      headers: {
        "content-type": spec.type,
        "content-disposition": `attachment; filename="custody-audit-${stamp}.${spec.ext}"`,
        "cache-control": "no-store",
      },
    });
  },
);
