import type { AuditFilter } from "@/lib/schemas/audit";

/** The auditor page's filters, in the URL so a view can be bookmarked, shared and exported as shown. */
export const AUDIT_FILTER_KEYS = ["actor", "action", "target", "outcome", "from", "to"] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];
export type AuditFilterParams = Partial<Record<AuditFilterKey, string>>;

type RawParams = Record<string, string | string[] | undefined>;

// `<input type="datetime-local">` sends "2026-10-01T12:00" with no zone; the page labels times UTC.
const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/** Known filters from a query string, trimmed, empty ones dropped, zone-less times read as UTC. */
export function readAuditFilterParams(raw: RawParams): AuditFilterParams {
  const out: AuditFilterParams = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = raw[key];
    const first = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!first) continue;
    out[key] = (key === "from" || key === "to") && LOCAL_DATETIME.test(first) ? `${first}Z` : first;
  }
  return out;
}

/** `?actor=…&from=…` (plus extras such as `cursor` or `format`), or "" when there is nothing to add. */
export function auditSearchString(params: AuditFilterParams, extra: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, ...extra })) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The value for a datetime-local input ("2026-10-01T12:00") from a filter value, in UTC. */
export function toDatetimeLocal(value: string | undefined): string {
  if (!value) return "";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 16);
}

/** What an `audit.view`/`audit.export` entry records about the filters used (JSON values only). */
export function auditFilterDetails(filter: Omit<AuditFilter, "limit">): Record<string, string | string[]> {
  const details: Record<string, string | string[]> = {};
  if (filter.actor) details.actor = filter.actor;
  if (filter.action?.length) details.action = filter.action;
  if (filter.target) details.target = filter.target;
  if (filter.outcome) details.outcome = filter.outcome;
  if (filter.from) details.from = filter.from.toISOString();
  if (filter.to) details.to = filter.to.toISOString();
  if (filter.cursor) details.cursor = filter.cursor;
  return details;
}
