import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "../db/types";
import { users, type UserRow } from "../db/schema";

/** Internal: returns the full row (with hash) for sign-in; callers outside lib/server get toUserDto(). */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).limit(1);
  return row;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}
