import "server-only";
import { and, eq, gte, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import type { AuditFilter } from "@/lib/schemas/audit";
import { auditEntries, type AuditRow } from "../db/schema";
import { AuditEntryDto } from "@/lib/schemas/audit";

export type AuditSearch = Omit<AuditFilter, "cursor" | "limit">;

/** WHERE clause shared by the auditor page and the exports, so an export holds exactly what was shown. */
export function auditWhere(filter: AuditSearch): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.actor) {
    conditions.push(
      or(eq(auditEntries.actorId, filter.actor), eq(auditEntries.actorEmail, filter.actor.toLowerCase())),
    );
  }
  if (filter.action?.length) conditions.push(inArray(auditEntries.action, filter.action));
  if (filter.outcome) conditions.push(eq(auditEntries.outcome, filter.outcome));
  if (filter.target) {
    // jsonb containment uses the GIN index and matches the id whatever the target type.
    conditions.push(sql`${auditEntries.targets} @> ${JSON.stringify([{ id: filter.target }])}::jsonb`);
  }
  if (filter.from) conditions.push(gte(auditEntries.at, filter.from));
  if (filter.to) conditions.push(lte(auditEntries.at, filter.to));
  return and(...conditions);
}

/** Stored row → DTO, validated: JSON columns are never trusted by cast. */
export function toAuditEntryDto(row: AuditRow): AuditEntryDto {
  return AuditEntryDto.parse({ ...row, at: row.at.toISOString() });
}
