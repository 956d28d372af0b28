import "server-only";
import { eq } from "drizzle-orm";
import type { UserDto } from "@/lib/schemas/auth";
import type { Db } from "../db/types";
import { users } from "../db/schema";
import { appendAudit } from "../audit/append-audit";
import type { AuditContext } from "../audit/audit-input";
import { AppError } from "../http/errors";
import { findUserById } from "./find-user";
import { assertAnotherActiveAdmin } from "./last-admin-guard";
import { toUserDto } from "./user-dto";

/**
 * Disables an account (rows are kept: audit entries refer to them). Takes effect on the user's next
 * request, since withRoute re-reads the user every time. Disabling a disabled user changes nothing.
 */
export async function disableUser({
  db,
  ctx,
  userId,
}: {
  db: Db;
  ctx: AuditContext;
  userId: string;
}): Promise<UserDto> {
  const row = await db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user) throw new AppError("not_found", "No such user");
    if (user.disabledAt) return user;
    if (user.roles.includes("admin")) await assertAnotherActiveAdmin(tx, user.id);
    const [updated] = await tx
      .update(users)
      .set({ disabledAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, user.id))
      .returning();
    await appendAudit(tx, {
      ...ctx,
      action: "user.disable",
      targets: [{ type: "user", id: user.id, label: user.email }],
      details: { email: user.email },
    });
    return updated;
  });
  return toUserDto(row);
}
