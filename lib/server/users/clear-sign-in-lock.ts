import "server-only";
import { eq } from "drizzle-orm";
import { signInThrottles } from "../db/schema";
import { AppError } from "../http/errors";
import type { OperationCall } from "../operation/context";
import { findUserById } from "./find-user";

/**
 * Clears the password sign-in delay of an account's email, from every address (issue 10 §4). Audited
 * `user.sign_in_unlock` with how many counters it removed, in the same transaction; clearing nothing is still
 * recorded, since the admin asked. Per-address counters (spraying) are left alone: they are not the account's.
 */
export async function clearSignInLock({ db, audit, input }: OperationCall<{ userId: string }>): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await findUserById(tx, input.userId);
    if (!user) throw new AppError("not_found", "No such user");
    const removed = await tx
      .delete(signInThrottles)
      .where(eq(signInThrottles.email, user.email))
      .returning({ key: signInThrottles.key });
    await audit.append(tx, {
      action: "user.sign_in_unlock",
      targets: [{ type: "user", id: user.id, label: user.email }],
      details: { email: user.email, counters: removed.length },
    });
  });
}
