// No `import "server-only"` here: drizzle-kit loads this file outside Next to generate migrations,
// and the server-only package throws there. Every importer of this file is itself server-only.
import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Failed password sign-ins per throttle key (lib/server/auth/sign-in-throttle.ts): `email+ip`, `ip` or `email`.
 * In the database, not process memory, so every instance applies the same delay.
 */
export const signInThrottles = pgTable(
  "sign_in_throttles",
  {
    key: text("key").primaryKey(),
    /** Null for a per-address key; set for the keys an admin clears by email. */
    email: text("email"),
    ip: text("ip"),
    failures: integer("failures").notNull(),
    lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull(),
    /** No attempt on this key is checked before then. */
    delayedUntil: timestamp("delayed_until", { withTimezone: true }).notNull(),
  },
  (t) => [index("sign_in_throttles_email_idx").on(t.email)],
);

export type SignInThrottleRow = typeof signInThrottles.$inferSelect;
