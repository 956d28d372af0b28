import "server-only";
import { AuditQuery } from "@/lib/schemas/audit";
import { auditFilterDetails } from "@/lib/schemas/audit-filters";
import type { OperationCall } from "../operation/context";
import { failureCode } from "../http/upstream-errors";
import { auditedStream } from "./audited-stream";
import { exportAuditCsv, exportAuditNdjson } from "./export-audit";
import { flushDueRollups } from "./rollup";

const FORMATS = {
  csv: { type: "text/csv; charset=utf-8", ext: "csv", stream: exportAuditCsv },
  ndjson: { type: "application/x-ndjson; charset=utf-8", ext: "ndjson", stream: exportAuditNdjson },
} as const;

export type AuditExportFormat = keyof typeof FORMATS;
export type AuditExport = { body: ReadableStream<Uint8Array>; contentType: string; filename: string };

/**
 * Every matching entry, oldest first, as a pull-based stream (memory stays flat whatever the trail's size). Audited
 * like a download: `audit.export` with its filters and `stage: "started"` before the first byte leaves, then either
 * `stage: "completed"` (bytes and SHA-256 of what was sent) before the last byte, or a `failure` entry if the
 * stream breaks midway; the response's status was already 200 by then, so only the trail can tell.
 */
export async function startAuditExport({
  input,
  ...ctx
}: OperationCall<{ format: AuditExportFormat; filter: AuditQuery }>): Promise<AuditExport> {
  const spec = FORMATS[input.format];
  await flushDueRollups(ctx.db);
  const source = spec.stream({ ...ctx, input: input.filter });
  const details = { format: input.format, filters: auditFilterDetails(AuditQuery.parse(input.filter)) };
  const action = "audit.export";
  await ctx.audit.record({ action, details: { ...details, stage: "started" } });
  const body = auditedStream(source, {
    // Best effort: the response is already failing; a second failure must not mask it.
    onError: (err, bytesSent) =>
      ctx.audit
        .record({
          action,
          outcome: "failure",
          details: { ...details, stage: "streaming", error: failureCode(err), bytesSent },
        })
        .then(ignore, ignore),
    onDone: (tally) =>
      ctx.audit.record({ action, details: { ...details, ...tally, stage: "completed" } }).then(ignore, ignore),
  });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return { body, contentType: spec.type, filename: `custody-audit-${stamp}.${spec.ext}` };
}

const ignore = () => undefined;
