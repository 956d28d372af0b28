import "server-only";
import { eq } from "drizzle-orm";
import type { UserDto } from "@/lib/schemas/auth";
import type { OperationAudit } from "../audit/operation-audit";
import type { Db } from "../db/types";
import { users, type UserRow } from "../db/schema";
import { AppError } from "../http/errors";
import type { OperationCall } from "../operation/context";
import { endSessionsOfUser } from "../auth-sessions/end-session";
import { findUserById } from "./find-user";
import { assertAnotherActiveAdmin } from "./last-admin-guard";
import { toUserDto } from "./user-dto";

export type DisableUserInput = { userId: string };

/**
 * Disables an account (rows are kept: audit entries refer to them) and ends its open sessions in the same
 * transaction, so no cookie of it is honoured afterwards. Disabling a disabled user changes nothing.
 */
export async function disableUser({ db, audit, input }: OperationCall<DisableUserInput>): Promise<UserDto> {
  return toUserDto(await db.transaction((tx) => disableUserIn(tx, audit, input)));
}

/** The change and its entry inside the caller's transaction. */
export async function disableUserIn(tx: Db, audit: OperationAudit, { userId }: DisableUserInput): Promise<UserRow> {
  const user = await findUserById(tx, userId);
  if (!user) throw new AppError("not_found", "No such user");
  if (user.disabledAt) return user;
  if (user.roles.includes("admin")) await assertAnotherActiveAdmin(tx, user.id);
  const [updated] = await tx
    .update(users)
    .set({ disabledAt: new Date(), updatedAt: new Date() })
    .where(eq(users.id, user.id))
    .returning();
  const sessionsEnded = await endSessionsOfUser(tx, { userId: user.id, reason: "user_disabled" });
  await audit.append(tx, {
    action: "user.disable",
    targets: [{ type: "user", id: user.id, label: user.email }],
    details: { email: user.email, sessionsEnded },
  });
  return updated;
}
