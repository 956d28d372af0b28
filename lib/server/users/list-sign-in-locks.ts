import "server-only";
import { inArray } from "drizzle-orm";
import type { SignInLockDto } from "@/lib/schemas/users";
import { users } from "../db/schema";
import type { OperationCall } from "../operation/context";
import { emailThrottleRows, summarise } from "../auth/sign-in-throttle";
import { AppError } from "../http/errors";
import { findUserById } from "./find-user";

/**
 * The accounts whose email has failed password sign-ins counted (issue 10 §4), for the admin Users page. Counts for
 * emails without an account are not shown: they delay no one.
 */
export async function listSignInLocks({ db }: OperationCall, now = new Date()): Promise<SignInLockDto[]> {
  const rows = await emailThrottleRows(db);
  const emails = [...new Set(rows.map((r) => r.email).filter((e): e is string => e !== null))];
  if (!emails.length) return [];
  const accounts = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails));
  return accounts.flatMap((account) => {
    const state = summarise(
      rows.filter((r) => r.email === account.email),
      now,
    );
    if (!state) return [];
    return [
      {
        userId: account.id,
        email: account.email,
        failures: state.failures,
        delayedUntil: state.delayedUntil.toISOString(),
        lastFailureAt: state.lastFailureAt.toISOString(),
      },
    ];
  });
}

/** One account's delay state, or null when nothing is counted; 404 for an unknown user. */
export async function getSignInLock(call: OperationCall<{ userId: string }>): Promise<SignInLockDto | null> {
  if (!(await findUserById(call.db, call.input.userId))) throw new AppError("not_found", "No such user");
  return (await listSignInLocks({ ...call, input: undefined })).find((l) => l.userId === call.input.userId) ?? null;
}
