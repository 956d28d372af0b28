// No `import "server-only"` here: drizzle-kit loads this file outside Next to generate migrations,
// and the server-only package throws there. Every importer of this file is itself server-only.
import { integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Counters for repeated audit events in one fixed window (lib/server/audit/rollup.ts): not chained, and deleted once
 * their one aggregate entry is in the trail. One row per (key, window) bounds what a flood can write.
 */
export const auditRollups = pgTable(
  "audit_rollups",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    windowEnd: timestamp("window_end", { withTimezone: true }).notNull(),
    action: text("action").notNull(),
    /** The audit context of the aggregate entry: actor, ip (the bucket's trusted address or null). */
    context: jsonb("context").notNull(),
    /** Every event in the window, individually written ones included. */
    count: integer("count").notNull().default(0),
    /** How many of them were written as individual entries (the first `free` of the window). */
    written: integer("written").notNull().default(0),
    /** Tallies and distinct-value samples of the events not written individually. */
    summary: jsonb("summary").notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export type AuditRollupRow = typeof auditRollups.$inferSelect;
