import { z } from "zod";

/**
 * The range of every date Custody accepts (issue 10 §6). JavaScript dates run to ±275,760 years and PostgreSQL's
 * timestamps to 294,276 AD but not year 0 or before 4713 BC, so an unbounded `from` used to reach the database as a
 * 500 (and break a streamed export midway). Nothing Custody holds predates the Unix epoch or outlives year 9999.
 */
export const MIN_DATE = new Date("1970-01-01T00:00:00.000Z");
export const MAX_DATE = new Date("9999-12-31T23:59:59.999Z");
export const DATE_RANGE_MESSAGE = "must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

export const isWithinDateBounds = (ms: number): boolean =>
  Number.isFinite(ms) && ms >= MIN_DATE.getTime() && ms <= MAX_DATE.getTime();

/** Any string `Date` parses (ISO, with or without a zone), within the bounds: for filters typed by people. */
export const BoundedDate = z.coerce
  .date({ error: "must be a date-time, e.g. 2026-09-01T00:00:00Z" })
  .refine((d) => isWithinDateBounds(d.getTime()), { error: DATE_RANGE_MESSAGE });
