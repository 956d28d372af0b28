import "server-only";
import type { OperationCall } from "../operation/context";
import { asc } from "drizzle-orm";
import type { UserDto } from "@/lib/schemas/auth";
import { users } from "../db/schema";
import { countActiveSessions } from "../auth-sessions/count-active-sessions";
import { configuredSessionPolicy } from "../auth-sessions/session-policy";
import { toUserDto } from "./user-dto";

/** All console users, by email, each with its count of open sessions. A few hundred at most, so no paging. */
export async function listUsers({ db }: OperationCall): Promise<UserDto[]> {
  const rows = await db.select().from(users).orderBy(asc(users.email));
  const sessions = await countActiveSessions(db, configuredSessionPolicy());
  return rows.map((row) => toUserDto(row, sessions.get(row.id) ?? 0));
}
