import type { TimeZoneMode } from "@/lib/urls/investigate-url";

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: TimeZoneMode, withSeconds: boolean): Intl.DateTimeFormat {
  const key = `${tz}:${withSeconds}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      year: "numeric",
      month: "short",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: withSeconds ? "2-digit" : undefined,
      hour12: false,
      timeZone: tz === "utc" ? "UTC" : undefined,
    });
    cache.set(key, f);
  }
  return f;
}

/** "03 Nov 2026, 14:05" in the viewer's zone or UTC (suffixed so a screenshot is never ambiguous). */
export function formatDateTime(iso: string | null, tz: TimeZoneMode, withSeconds = false): string {
  if (!iso) return "—";
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return `${formatter(tz, withSeconds).format(ms)}${tz === "utc" ? " UTC" : ""}`;
}

/** "1.4 MB"; null sizes render as an em dash. */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return "—";
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[i]}`;
}

/** `YYYY-MM-DDTHH:mm` for a datetime-local input, in the chosen zone. */
export function toInputValue(iso: string, tz: TimeZoneMode): string {
  const d = new Date(iso);
  if (tz === "utc") return d.toISOString().slice(0, 16);
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** Inverse of toInputValue; null when the input is empty or malformed. */
export function fromInputValue(value: string, tz: TimeZoneMode): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const ms = tz === "utc" ? Date.parse(`${value.slice(0, 16)}:00Z`) : new Date(value).getTime();
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
