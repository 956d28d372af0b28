import type { AuditEntryDto, AuditTarget } from "@/lib/schemas/audit";

/** "2026-10-01 12:00:03 UTC": audit times are always shown in UTC, to the second, so they compare across teams. */
export function formatAuditTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = date.toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 19)}`;
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
