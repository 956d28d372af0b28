/** "2026-10-01 12:00:03 UTC": audit times are always shown in UTC, to the second, so they compare across teams. */
export function formatAuditTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = date.toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 19)}`;
}
