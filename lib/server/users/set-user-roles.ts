import "server-only";
import { eq } from "drizzle-orm";
import { SetRolesBody, type UserDto } from "@/lib/schemas/auth";
import type { OperationAudit } from "../audit/operation-audit";
import type { Db } from "../db/types";
import { users, type UserRow } from "../db/schema";
import { AppError } from "../http/errors";
import type { OperationCall } from "../operation/context";
import { findUserById } from "./find-user";
import { assertAnotherActiveAdmin } from "./last-admin-guard";
import { toUserDto } from "./user-dto";

export type SetUserRolesInput = { userId: string } & SetRolesBody;

/** Replaces a user's roles; the `user.role_change` entry records both sets. Effective on the next request. */
export async function setUserRoles({ db, audit, input }: OperationCall<SetUserRolesInput>): Promise<UserDto> {
  return toUserDto(await db.transaction((tx) => setUserRolesIn(tx, audit, input)));
}

/** The change and its entry inside the caller's transaction (updateUser joins it with a disable). */
export async function setUserRolesIn(tx: Db, audit: OperationAudit, input: SetUserRolesInput): Promise<UserRow> {
  const { roles } = SetRolesBody.parse({ roles: input.roles });
  const user = await findUserById(tx, input.userId);
  if (!user) throw new AppError("not_found", "No such user");
  const before = [...user.roles].sort();
  if (before.join() === roles.join()) return user;
  if (before.includes("admin") && !roles.includes("admin") && !user.disabledAt) {
    await assertAnotherActiveAdmin(tx, user.id);
  }
  const [updated] = await tx
    .update(users)
    .set({ roles, updatedAt: new Date() })
    .where(eq(users.id, user.id))
    .returning();
  await audit.append(tx, {
    action: "user.role_change",
    targets: [{ type: "user", id: user.id, label: user.email }],
    details: { email: user.email, from: before, to: roles },
  });
  return updated;
}
