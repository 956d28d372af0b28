import "server-only";
import { and, arrayContains, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../db/types";
import { users } from "../db/schema";
import { AppError } from "../http/errors";

const USER_ADMIN_LOCK = sql.raw("select pg_advisory_xact_lock(27992376800519290)");

/**
 * Refuses a change that would leave no active admin (nobody could then manage users from the UI).
 * Takes a lock first so two admins demoting each other at once cannot both pass the check.
 */
export async function assertAnotherActiveAdmin(tx: Db, exceptUserId: string): Promise<void> {
  await tx.execute(USER_ADMIN_LOCK);
  const others = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(arrayContains(users.roles, ["admin"]), isNull(users.disabledAt), ne(users.id, exceptUserId)))
    .limit(1);
  if (others.length === 0)
    throw new AppError("conflict", "This is the last active admin; make someone else admin first");
}
