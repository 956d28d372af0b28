// No `import "server-only"` here: drizzle-kit loads this file outside Next to generate migrations,
// and the server-only package throws there. Every importer of this file is itself server-only.
import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

export const SESSION_END_REASONS = ["signed_out", "ended_by_admin", "user_disabled", "idle", "expired"] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/**
 * One row per sign-in: the server-side half of the next-auth JWT (id = the token's `sid`). A token is honoured only
 * while its row exists and is not ended, so sign-out, an admin or a disable can revoke a cookie still in flight.
 */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    /** Touched at most once a minute (SESSION_TOUCH_MS), so it lags real activity by up to that much. */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull(),
    /** Absolute end, whatever the activity: created + the session lifetime. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endReason: text("end_reason", { enum: SESSION_END_REASONS }),
  },
  (t) => [index("auth_sessions_user_idx").on(t.userId, t.endedAt)],
);

export type AuthSessionRow = typeof authSessions.$inferSelect;
