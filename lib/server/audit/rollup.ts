import "server-only";
import { and, asc, eq, lte } from "drizzle-orm";
import { z } from "zod";
import { AuditAction, type AuditOutcome } from "@/lib/schemas/audit";
import type { Db } from "../db/types";
import { auditRollups, type AuditRollupRow } from "../db/schema";
import { appendAudit } from "./append-audit";
import { AuditActor, type AuditInput } from "./audit-input";

/**
 * Rolls repeated events up (issue 10 §3, §8): per fixed window and key, the first `free` events are ordinary
 * entries; the rest only bump a counter row (not chained), and one aggregate entry with their count, tallies and a
 * sample is appended once the window is over. A flood then writes at most `free + 1` entries per key and window,
 * and nothing is lost: the counter commits with the request that caused it, and flushDueRollups() turns it into
 * an entry (lazily on the next rolled-up write, from the audit read paths, and from a periodic timer).
 */
export type RollupPolicy = { windowMs: number; free: number };

export type RollupEvent = {
  /** The bucket: one counter per key and window (e.g. `sign-in-failed:<trusted ip>`, `route-429:<user id>`). */
  key: string;
  /** The individual entry, written while the window still has free entries. */
  entry: AuditInput & { action: AuditAction };
  /** Who and where the aggregate entry names (the bucket's, not one request's). */
  aggregate: { actor: AuditActor; ip: string | null; outcome: AuditOutcome };
  /** Counted per value, e.g. `{ reasons: "bad_password" }` → `reasons: { bad_password: 12 }`. */
  tallies?: Record<string, string>;
  /** Distinct values counted and sampled, e.g. `{ emails: "a@b.c" }` → `distinct_emails`, `emails_sample`. */
  distinct?: Record<string, string | null>;
};

/** Bounds on one counter row, whatever the flood sends. */
const TALLY_KEYS_MAX = 50;
const DISTINCT_KEPT_MAX = 200;
const SAMPLE_MAX = 10;

const Summary = z.object({
  tallies: z.record(z.string(), z.record(z.string(), z.number())).default({}),
  distinct: z.record(z.string(), z.object({ values: z.array(z.string()), capped: z.boolean() })).default({}),
});
type Summary = z.infer<typeof Summary>;

const StoredContext = z.object({
  actor: AuditActor,
  ip: z.string().nullable(),
  outcome: z.enum(["success", "denied", "failure"]),
});

const windowOf = (now: Date, windowMs: number) => {
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return { windowStart: new Date(start), windowEnd: new Date(start + windowMs) };
};

/** Records one event: an entry while the window has free ones, else a count. Returns which. */
export async function recordRolledUp(
  db: Db,
  event: RollupEvent,
  policy: RollupPolicy,
  now: Date = new Date(),
): Promise<"entry" | "counted"> {
  await flushDueRollups(db, { now });
  const { windowStart, windowEnd } = windowOf(now, policy.windowMs);
  const where = and(eq(auditRollups.key, event.key), eq(auditRollups.windowStart, windowStart));
  return db.transaction(async (tx) => {
    await tx
      .insert(auditRollups)
      .values({
        key: event.key,
        windowStart,
        windowEnd,
        action: event.entry.action,
        context: StoredContext.parse(event.aggregate),
        summary: {},
      })
      .onConflictDoNothing();
    // The row lock orders concurrent events of one bucket; appendAudit's chain lock is always taken after it.
    const [row] = await tx.select().from(auditRollups).where(where).for("update");
    if (row.written < policy.free) {
      await tx
        .update(auditRollups)
        .set({ count: row.count + 1, written: row.written + 1 })
        .where(where);
      await appendAudit(tx, event.entry);
      return "entry";
    }
    const summary = addToSummary(Summary.parse(row.summary), event);
    await tx
      .update(auditRollups)
      .set({ count: row.count + 1, summary })
      .where(where);
    return "counted";
  });
}

function addToSummary(summary: Summary, event: RollupEvent): Summary {
  for (const [name, value] of Object.entries(event.tallies ?? {})) {
    const tally = (summary.tallies[name] ??= {});
    const bucket = value in tally || Object.keys(tally).length < TALLY_KEYS_MAX ? value : "other";
    tally[bucket] = (tally[bucket] ?? 0) + 1;
  }
  for (const [name, value] of Object.entries(event.distinct ?? {})) {
    const seen = (summary.distinct[name] ??= { values: [], capped: false });
    if (value === null || seen.values.includes(value)) continue;
    if (seen.values.length < DISTINCT_KEPT_MAX) seen.values.push(value);
    else seen.capped = true;
  }
  return summary;
}

/** Appends the aggregate entry of every window that is over and deletes its counter. Returns entries written. */
export async function flushDueRollups(db: Db, { now = new Date(), limit = 100 } = {}): Promise<number> {
  const due = await db
    .select({ key: auditRollups.key, windowStart: auditRollups.windowStart })
    .from(auditRollups)
    .where(lte(auditRollups.windowEnd, now))
    .orderBy(asc(auditRollups.windowEnd))
    .limit(limit);
  let written = 0;
  for (const { key, windowStart } of due) {
    const where = and(eq(auditRollups.key, key), eq(auditRollups.windowStart, windowStart));
    written += await db.transaction(async (tx) => {
      // A concurrent flusher may have taken it: then there is no row left to lock.
      const [row] = await tx.select().from(auditRollups).where(where).for("update");
      if (!row) return 0;
      const entry = aggregateEntry(row);
      if (entry) await appendAudit(tx, entry);
      await tx.delete(auditRollups).where(where);
      return entry ? 1 : 0;
    });
  }
  return written;
}

function aggregateEntry(row: AuditRollupRow): (AuditInput & { action: AuditAction }) | null {
  const count = row.count - row.written;
  if (count <= 0) return null;
  const context = StoredContext.parse(row.context);
  const summary = Summary.parse(row.summary);
  const details: Record<string, string | number | boolean | string[] | Record<string, number>> = {
    aggregated: true,
    count,
    window_start: row.windowStart.toISOString(),
    window_end: row.windowEnd.toISOString(),
    ...summary.tallies,
  };
  for (const [name, { values, capped }] of Object.entries(summary.distinct)) {
    details[`distinct_${name}`] = values.length;
    if (capped) details[`distinct_${name}_capped`] = true;
    details[`${name}_sample`] = values.slice(0, SAMPLE_MAX);
  }
  return {
    actor: context.actor,
    ip: context.ip,
    action: AuditAction.parse(row.action),
    outcome: context.outcome,
    details,
  };
}

/** Flushes due windows every minute in this process, so a quiet console still writes its aggregates. */
export function startRollupFlusher(getDb: () => Promise<Db>, everyMs = 60_000): () => void {
  const timer = setInterval(() => {
    getDb()
      .then((db) => flushDueRollups(db))
      .catch((err: unknown) =>
        console.error("[audit] rollup flush failed:", err instanceof Error ? err.name : "error"),
      );
  }, everyMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
