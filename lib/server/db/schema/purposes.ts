// No `import "server-only"` here: drizzle-kit loads this file outside Next to generate migrations,
// and the server-only package throws there. Every importer of this file is itself server-only.
import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

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

export type AccessPurposeRow = typeof accessPurposes.$inferSelect;
