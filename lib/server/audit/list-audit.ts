import "server-only";
import type { OperationCall } from "../operation/context";
import { and, desc, lt } from "drizzle-orm";
import { AuditQuery, type AuditPageDto } from "@/lib/schemas/audit";
import { auditEntries } from "../db/schema";
import { auditWhere, toAuditEntryDto } from "./audit-filter";

/** One page of the audit trail, newest first, for the auditor page. `query` is the raw AuditQuery. */
export async function listAudit({ db, input }: OperationCall<AuditQuery>): Promise<AuditPageDto> {
  const filter = AuditQuery.parse(input);
  const rows = await db
    .select()
    .from(auditEntries)
    .where(and(auditWhere(filter), filter.cursor ? lt(auditEntries.seq, Number(filter.cursor)) : undefined))
    .orderBy(desc(auditEntries.seq))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const hasMore = rows.length > filter.limit;
  return {
    entries: page.map(toAuditEntryDto),
    nextCursor: hasMore ? String(page[page.length - 1].seq) : null,
  };
}
