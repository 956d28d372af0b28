/**
 * Lenient RFC 3339 / ISO date parsing in the spirit of the upstream's validator: a date, or a date-time with
 * optional seconds, fraction and offset. A missing offset means UTC, except where an endpoint demands one
 * (local sessions: "Input should have timezone info").
 */
export interface ParsedTime {
  /** Epoch milliseconds, floored. */
  ms: number;
  /** True when the value had precision below a millisecond that was floored away. */
  subMs: boolean;
  hasTz: boolean;
}

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Returns the parsed time, or the reason it is not one (the text after "Input should be a valid datetime or date, "). */
export function parseDateTime(raw: string): ParsedTime | { error: string } {
  if (raw.length < 10) return { error: "input is too short" };
  if (!/^\d{4}/.test(raw)) return { error: "invalid character in year" };
  const m = PATTERN.exec(raw);
  if (!m)
    return { error: "invalid datetime format, expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.ffffff]][Z or ±HH:MM]" };
  const [, y, mo, d, h = "00", mi = "00", s = "00", frac = "", tz] = m;
  const year = Number(y),
    month = Number(mo),
    day = Number(d);
  if (month < 1 || month > 12) return { error: "month value is outside expected range of 1-12" };
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const maxDay = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1];
  if (day < 1 || day > maxDay) return { error: "day value is outside expected range" };
  if (Number(h) > 23) return { error: "hour value is outside expected range of 0-23" };
  if (Number(mi) > 59) return { error: "minute value is outside expected range of 0-59" };
  if (Number(s) > 59) return { error: "second value is outside expected range of 0-59" };
  let offsetMin = 0;
  if (tz && tz !== "Z" && tz !== "z") {
    const sign = tz[0] === "-" ? -1 : 1;
    const digits = tz.slice(1).replace(":", "");
    const oh = Number(digits.slice(0, 2)),
      om = Number(digits.slice(2) || "0");
    if (oh > 23 || om > 59) return { error: "timezone offset must be less than 24 hours" };
    offsetMin = sign * (oh * 60 + om);
  }
  const fracDigits = frac.padEnd(9, "0");
  const millis = Number(fracDigits.slice(0, 3));
  const subMs = Number(fracDigits.slice(3)) > 0;
  const base = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s), millis);
  return { ms: base - offsetMin * 60_000, subMs, hasTz: tz !== undefined };
}
