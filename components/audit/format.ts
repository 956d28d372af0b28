import type { AuditEntryDto, AuditTarget } from "@/lib/schemas/audit";

/** "2026-10-01 12:00:03 UTC": audit times are always shown in UTC, to the second, so they compare across teams. */
export function formatAuditTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = date.toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 19)}`;
}

/**
 * The span of a run of entries, oldest to newest: "2026-10-01 12:00:03–12:04:51" on one day, both stamps in full
 * across midnight, one stamp when they fall in the same second.
 */
export function formatAuditRange(oldestIso: string, newestIso: string): string {
  const from = formatAuditTime(oldestIso);
  const to = formatAuditTime(newestIso);
  if (from === to) return to;
  return from.slice(0, 10) === to.slice(0, 10) ? `${from}–${to.slice(11)}` : `${from} – ${to}`;
}

/** "page: next · messages: 1000": an entry's details on one line, for a row in a group. */
export function summarizeAuditDetails(details: Record<string, unknown>, max = 140): string {
  const text = Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" · ");
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * An entry's targets with the names it knows: its own labels, and for the one user of a user.* entry written before
 * labels existed, the email its details recorded. Anything else unnamed stays an id.
 */
export function namedTargets(entry: Pick<AuditEntryDto, "targets" | "details">): AuditTarget[] {
  const email = typeof entry.details.email === "string" ? entry.details.email : null;
  if (!email || entry.targets.filter((t) => t.type === "user").length !== 1) return entry.targets;
  return entry.targets.map((t) => (t.type === "user" && !t.label ? { ...t, label: email } : t));
}
