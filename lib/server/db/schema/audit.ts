// No `import "server-only"` here: drizzle-kit loads this file outside Next to generate migrations,
// and the server-only package throws there. Every importer of this file is itself server-only.
import { bigint, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Append-only (a trigger in drizzle/0001 rejects UPDATE, DELETE and TRUNCATE). `seq` is assigned by the
 * writer under an advisory lock, so it is gap-free and part of the hashed entry: a removed or reordered
 * row breaks the chain.
 */
export const auditEntries = pgTable(
  "audit_entries",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    id: text("id").notNull().unique(),
    at: timestamp("at", { withTimezone: true, precision: 6 }).notNull(),
    actorId: text("actor_id").notNull(),
    actorEmail: text("actor_email"),
    actorRoles: text("actor_roles").array().notNull(),
    action: text("action").notNull(),
    targets: jsonb("targets").notNull(),
    purpose: jsonb("purpose"),
    requestId: text("request_id"),
    ip: text("ip"),
    /** Raw X-Forwarded-For as received, clipped; the client may have written any of it (`ip` is the trusted one). */
    forwardedForUntrusted: text("forwarded_for_untrusted"),
    userAgent: text("user_agent"),
    outcome: text("outcome").notNull(),
    details: jsonb("details").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("audit_entries_at_idx").on(t.at),
    index("audit_entries_actor_idx").on(t.actorId),
    index("audit_entries_action_idx").on(t.action),
    index("audit_entries_targets_idx").using("gin", t.targets),
  ],
);

export type AuditRow = typeof auditEntries.$inferSelect;
