import { z } from "zod";
import { AuditQuery } from "@/lib/schemas/audit";
import { startAuditExport } from "@/lib/server/audit/start-audit-export";
import { withRoute } from "@/lib/server/http/route";

const ExportQuery = AuditQuery.and(
  z.object({ format: z.enum(["csv", "ndjson"], { error: "Use csv or ndjson" }).default("csv") }),
);

// GET /api/audit/export?format=csv|ndjson&…filters: every matching entry, oldest first, streamed as an
// attachment (memory stays flat whatever the trail's size). The export is audited before the first byte.
export const GET = withRoute(
  { capability: "audit:read", limit: "export", query: ExportQuery },
  async ({ query, ...ctx }) => {
    const { format, cursor: _cursor, limit: _limit, ...filter } = query;
    const { body, contentType, filename } = await startAuditExport({ ...ctx, input: { format, filter } });
    return new Response(body, {
      headers: {
        "content-type": contentType,
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "no-store",
      },
    });
  },
);
