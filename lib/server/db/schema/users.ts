// No `import "server-only"` here: drizzle-kit loads this file outside Next to generate migrations,
// and the server-only package throws there. Every importer of this file is itself server-only.
import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

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

export type UserRow = typeof users.$inferSelect;
