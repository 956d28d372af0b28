import "server-only";
import { eq } from "drizzle-orm";
import { SetRolesBody, type UserDto } from "@/lib/schemas/auth";
import type { Db } from "../db/types";
import { users } from "../db/schema";
import { appendAudit } from "../audit/append-audit";
import type { AuditContext } from "../audit/audit-input";
import { AppError } from "../http/errors";
import { findUserById } from "./find-user";
import { assertAnotherActiveAdmin } from "./last-admin-guard";
import { toUserDto } from "./user-dto";

/** Replaces a user's roles; the `user.role_change` entry records both sets. Effective on the next request. */
export async function setUserRoles({
  db,
  ctx,
  userId,
  input,
}: {
  db: Db;
  ctx: AuditContext;
  userId: string;
  input: SetRolesBody;
}): Promise<UserDto> {
  const { roles } = SetRolesBody.parse(input);
  const row = await db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
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
    await appendAudit(tx, {
      ...ctx,
      action: "user.role_change",
      targets: [{ type: "user", id: user.id, label: user.email }],
      details: { email: user.email, from: before, to: roles },
    });
    return updated;
  });
  return toUserDto(row);
}
