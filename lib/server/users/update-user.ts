import "server-only";
import type { UserDto } from "@/lib/schemas/auth";
import { PatchUserBody } from "@/lib/schemas/users";
import { AppError } from "../http/errors";
import type { OperationCall } from "../operation/context";
import { disableUserIn } from "./disable-user";
import { setUserRolesIn } from "./set-user-roles";
import { toUserDto } from "./user-dto";

export type UpdateUserInput = { userId: string } & PatchUserBody;

/**
 * PATCH /api/users/{userId}: new roles and/or disabling, in one transaction, so a request that does both either
 * does both (with both entries) or neither. Nobody disables themselves: it would end the session mid-task and
 * could strand the console without an admin.
 */
export async function updateUser({ db, audit, actor, input }: OperationCall<UpdateUserInput>): Promise<UserDto> {
  const body = PatchUserBody.parse({ roles: input.roles, disabled: input.disabled });
  if (body.disabled && input.userId === actor.id) throw new AppError("conflict", "You cannot disable your own account");
  const row = await db.transaction(async (tx) => {
    let user = body.roles ? await setUserRolesIn(tx, audit, { userId: input.userId, roles: body.roles }) : null;
    if (body.disabled) user = await disableUserIn(tx, audit, { userId: input.userId });
    if (!user) throw new AppError("invalid_input", "Give `roles` or `disabled`", { fields: { roles: ["Required"] } });
    return user;
  });
  return toUserDto(row);
}
