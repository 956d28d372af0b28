/** Timestamp helpers. Every generated time is an integer number of milliseconds since the epoch. */

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * RFC 3339 UTC with millisecond precision and `Z`. Fixed width for years 1000–9999, so comparing the
 * strings compares the instants (the HTTP layer binary-searches on them).
 */
export function iso(ms: number): string {
  // Hot path (every record and sort key of a million-chat profile): format by arithmetic instead of
  // allocating a Date. Falls back to Date outside years 1000–9999.
  if (!Number.isInteger(ms) || ms < -30610224000000 || ms >= 253402300800000) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY);
  let rest = ms - days * DAY;
  const hh = Math.floor(rest / HOUR);
  rest -= hh * HOUR;
  const mi = Math.floor(rest / MINUTE);
  rest -= mi * MINUTE;
  const ss = Math.floor(rest / SECOND);
  const mss = rest - ss * SECOND;
  // Civil date from days since the epoch (H. Hinnant's algorithm).
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}T${pad2(hh)}:${pad2(mi)}:${pad2(ss)}.${mss < 10 ? "00" : mss < 100 ? "0" : ""}${mss}Z`;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * The offset-less, microsecond form some upstream role/group examples use (`2025-03-12T18:22:41.123456`,
 * reference §1.3). Clients must parse it leniently as UTC; sort keys always use `iso()`.
 */
export function isoWithoutOffset(ms: number, micros: number): string {
  return `${iso(ms).slice(0, 23)}${String(micros % 1000).padStart(3, "0")}`;
}

/** The current time truncated to the second: the default `now` of a store. */
export function defaultNow(): Date {
  return new Date(Math.floor(Date.now() / SECOND) * SECOND);
}
