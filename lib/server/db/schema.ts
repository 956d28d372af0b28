// No `import "server-only"` here: drizzle-kit loads this file outside Next to generate migrations,
// and the server-only package throws there. Every importer of this file is itself server-only.
import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    /** Always lower-cased before insert; unique. */
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    /** `scrypt$N$r$p$salt$hash`; null for OIDC users, who never sign in with a password. */
    passwordHash: text("password_hash"),
    roles: text("roles")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    authSource: text("auth_source", { enum: ["local", "oidc"] }).notNull(),
    /** OIDC `sub`, so a changed email at the IdP is still the same person. */
    externalId: text("external_id"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("users_external_id_idx").on(t.externalId)],
);

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

/** Purpose of access declared for one sign-in session; the newest row for a session is current. */
export const accessPurposes = pgTable(
  "access_purposes",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    sessionId: text("session_id").notNull(),
    reference: text("reference").notNull(),
    reason: text("reason").notNull(),
    declaredAt: timestamp("declared_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("access_purposes_session_idx").on(t.userId, t.sessionId, t.declaredAt)],
);

export type UserRow = typeof users.$inferSelect;
export type AuditRow = typeof auditEntries.$inferSelect;
export type AccessPurposeRow = typeof accessPurposes.$inferSelect;
