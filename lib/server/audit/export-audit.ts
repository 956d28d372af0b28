import "server-only";
import type { OperationCall } from "../operation/context";
import { and, asc, gt } from "drizzle-orm";
import { AuditQuery, type AuditEntryDto } from "@/lib/schemas/audit";
import type { Db } from "../db/types";
import { auditEntries } from "../db/schema";
import { auditWhere, toAuditEntryDto, type AuditSearch } from "./audit-filter";
import { csvRow } from "./csv";

const BATCH = 500;

export const AUDIT_CSV_COLUMNS = [
  "seq",
  "id",
  "at",
  "actor_id",
  "actor_email",
  "actor_roles",
  "action",
  "outcome",
  "targets",
  "purpose_reference",
  "purpose_reason",
  "request_id",
  "ip",
  "user_agent",
  "details",
  "prev_hash",
  "hash",
] as const;

/** Every matching entry, oldest first, as CSV. Pull-based: memory stays flat whatever the size. */
export function exportAuditCsv({ db, input }: OperationCall<AuditQuery>): ReadableStream<Uint8Array> {
  return streamEntries(db, input, csvRow([...AUDIT_CSV_COLUMNS]), (e) =>
    csvRow([
      e.seq,
      e.id,
      e.at,
      e.actorId,
      e.actorEmail,
      e.actorRoles.join(";"),
      e.action,
      e.outcome,
      e.targets.map((t) => `${t.type}:${t.id}`).join(";"),
      e.purpose?.reference ?? null,
      e.purpose?.reason ?? null,
      e.requestId,
      e.ip,
      e.userAgent,
      JSON.stringify(e.details),
      e.prevHash,
      e.hash,
    ]),
  );
}

/** Every matching entry, oldest first, one JSON object per line. */
export function exportAuditNdjson({ db, input }: OperationCall<AuditQuery>): ReadableStream<Uint8Array> {
  return streamEntries(db, input, "", (e) => `${JSON.stringify(e)}\n`);
}

function streamEntries(
  db: Db,
  query: AuditQuery,
  header: string,
  format: (entry: AuditEntryDto) => string,
): ReadableStream<Uint8Array> {
  // Validate before the response starts: a bad filter must be an error, not a truncated file.
  const {
    cursor: _cursor,
    limit: _limit,
    ...filter
  }: AuditSearch & { cursor?: string; limit: number } = AuditQuery.parse(query);
  const encoder = new TextEncoder();
  let after = 0;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent && header) {
        headerSent = true;
        controller.enqueue(encoder.encode(header));
        return;
      }
      const rows = await db
        .select()
        .from(auditEntries)
        .where(and(auditWhere(filter), gt(auditEntries.seq, after)))
        .orderBy(asc(auditEntries.seq))
        .limit(BATCH);
      if (rows.length > 0) {
        after = rows[rows.length - 1].seq;
        controller.enqueue(encoder.encode(rows.map((r) => format(toAuditEntryDto(r))).join("")));
      }
      if (rows.length < BATCH) controller.close();
    },
  });
}
