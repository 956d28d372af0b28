import "server-only";
import type { OperationCall } from "../operation/context";
import { asc } from "drizzle-orm";
import type { UserDto } from "@/lib/schemas/auth";
import { users } from "../db/schema";
import { toUserDto } from "./user-dto";

/** All console users, by email. A few hundred at most, so no paging. */
export async function listUsers({ db }: OperationCall): Promise<UserDto[]> {
  const rows = await db.select().from(users).orderBy(asc(users.email));
  return rows.map(toUserDto);
}
