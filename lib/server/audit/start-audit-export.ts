import "server-only";
import { AuditQuery } from "@/lib/schemas/audit";
import { auditFilterDetails } from "@/lib/schemas/audit-filters";
import type { OperationCall } from "../operation/context";
import { exportAuditCsv, exportAuditNdjson } from "./export-audit";
import { flushDueRollups } from "./rollup";

const FORMATS = {
  csv: { type: "text/csv; charset=utf-8", ext: "csv", stream: exportAuditCsv },
  ndjson: { type: "application/x-ndjson; charset=utf-8", ext: "ndjson", stream: exportAuditNdjson },
} as const;

export type AuditExportFormat = keyof typeof FORMATS;
export type AuditExport = { body: ReadableStream<Uint8Array>; contentType: string; filename: string };

/**
 * Every matching entry, oldest first, as a pull-based stream (memory stays flat whatever the trail's size). The
 * export is audited (`audit.export`, with its filters) before the first byte leaves.
 */
export async function startAuditExport({
  input,
  ...ctx
}: OperationCall<{ format: AuditExportFormat; filter: AuditQuery }>): Promise<AuditExport> {
  const spec = FORMATS[input.format];
  await flushDueRollups(ctx.db);
  const body = spec.stream({ ...ctx, input: input.filter });
  await ctx.audit.record({
    action: "audit.export",
    details: { format: input.format, filters: auditFilterDetails(AuditQuery.parse(input.filter)) },
  });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return { body, contentType: spec.type, filename: `custody-audit-${stamp}.${spec.ext}` };
}
