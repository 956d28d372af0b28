import "server-only";
import type { OperationCall } from "../operation/context";
import { CreateUserBody, type UserDto } from "@/lib/schemas/auth";
import { users } from "../db/schema";
import { createId } from "../db/ids";
import { generatePassword, hashPassword } from "../auth/password";
import { AppError } from "../http/errors";
import { toUserDto } from "./user-dto";

export type CreatedUser = {
  user: UserDto;
  /** Only when none was given: show it once, it is not stored. */ generatedPassword: string | null;
};

/** Creates a local account and its `user.create` audit entry in one transaction. */
export async function createUser({ db, audit, input }: OperationCall<CreateUserBody>): Promise<CreatedUser> {
  const body = CreateUserBody.parse(input);
  const generatedPassword = body.password ? null : generatePassword();
  // Hash outside the transaction: scrypt takes ~100 ms and must not hold row locks meanwhile.
  const passwordHash = await hashPassword(body.password ?? generatedPassword ?? "");
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(users)
      .values({
        id: createId("usr"),
        email: body.email,
        name: body.name,
        roles: body.roles,
        passwordHash,
        authSource: "local",
      })
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (!inserted) throw new AppError("conflict", "A user with this email already exists");
    await audit.append(tx, {
      action: "user.create",
      targets: [{ type: "user", id: inserted.id, label: inserted.email }],
      details: { email: inserted.email, roles: inserted.roles, authSource: "local" },
    });
    return inserted;
  });
  return { user: toUserDto(row), generatedPassword };
}
