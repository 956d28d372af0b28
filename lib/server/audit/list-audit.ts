import "server-only";
import { and, desc, lt } from "drizzle-orm";
import { AuditQuery, type AuditPageDto } from "@/lib/schemas/audit";
import type { Db } from "../db/types";
import { auditEntries } from "../db/schema";
import { auditWhere, toAuditEntryDto } from "./audit-filter";

/** One page of the audit trail, newest first, for the auditor page. `query` is the raw AuditQuery. */
export async function listAudit({ db, query }: { db: Db; query: AuditQuery }): Promise<AuditPageDto> {
  const filter = AuditQuery.parse(query);
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
