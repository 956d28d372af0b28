import "server-only";
import type { OperationCall } from "../operation/context";
import { and, desc, lt } from "drizzle-orm";
import { AUDIT_GROUP_EXTENSION_MAX, AuditQuery, type AuditEntryDto, type AuditPageDto } from "@/lib/schemas/audit";
import { auditGroupKey } from "@/lib/schemas/audit-group";
import type { Db } from "../db/types";
import { auditEntries } from "../db/schema";
import { auditWhere, toAuditEntryDto, type AuditSearch } from "./audit-filter";

/** How far a page may run on to finish a group, and how many rows it reads per step (tests make them small). */
export type GroupExtension = { max: number; batch: number };
const EXTENSION: GroupExtension = { max: AUDIT_GROUP_EXTENSION_MAX, batch: 100 };

/**
 * One page of the audit trail, newest first, for the auditor page. `input` is the raw AuditQuery.
 *
 * The cursor never splits a run of repeated reads (lib/schemas/audit-group.ts): when the `limit`th entry and the
 * next one belong to the same run, the page reads on to the run's end, so grouping each page on its own is exact
 * and a run shows as one row on one page. A pathological run longer than AUDIT_GROUP_EXTENSION_MAX is cut there
 * and the page says so (`lastGroupContinues`).
 */
export async function listAudit({
  db,
  input,
  extension = EXTENSION,
}: OperationCall<AuditQuery> & { extension?: GroupExtension }): Promise<AuditPageDto> {
  const filter = AuditQuery.parse(input);
  const first = await readOlder(db, filter, filter.cursor ? Number(filter.cursor) : null, filter.limit + 1);
  const entries = first.slice(0, filter.limit);
  let peek: AuditEntryDto | undefined = first[filter.limit];
  const key = entries.length ? auditGroupKey(entries[entries.length - 1]) : null;
  let extended = 0;
  while (peek && key !== null && auditGroupKey(peek) === key && extended < extension.max) {
    const batch = await readOlder(db, filter, entries[entries.length - 1].seq, extension.batch + 1);
    peek = undefined;
    for (const [i, entry] of batch.entries()) {
      if (i === extension.batch || auditGroupKey(entry) !== key || extended >= extension.max) {
        peek = entry;
        break;
      }
      entries.push(entry);
      extended++;
    }
  }
  return {
    entries,
    nextCursor: peek ? String(entries[entries.length - 1].seq) : null,
    lastGroupContinues: peek !== undefined && key !== null && auditGroupKey(peek) === key,
  };
}

/** Up to `count` entries matching the filter, older than `beforeSeq` (or from the newest), newest first. */
async function readOlder(db: Db, filter: AuditSearch, beforeSeq: number | null, count: number) {
  const rows = await db
    .select()
    .from(auditEntries)
    .where(and(auditWhere(filter), beforeSeq !== null ? lt(auditEntries.seq, beforeSeq) : undefined))
    .orderBy(desc(auditEntries.seq))
    .limit(count);
  return rows.map(toAuditEntryDto);
}
