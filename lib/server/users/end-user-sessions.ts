import "server-only";
import { endSessionsOfUser } from "../auth-sessions/end-session";
import { AppError } from "../http/errors";
import type { OperationCall } from "../operation/context";
import { findUserById } from "./find-user";

export type EndUserSessionsInput = { userId: string };

/**
 * Signs a user out everywhere (a lost laptop, a suspected stolen cookie): every open session ends at once, with one
 * `user.sessions_ended` entry giving the count, in one transaction. The account stays usable: they can sign in again.
 * Ending one's own sessions is allowed; the request that asked is then the last one of that session.
 */
export async function endUserSessions({ db, audit, input }: OperationCall<EndUserSessionsInput>): Promise<{
  ended: number;
}> {
  return db.transaction(async (tx) => {
    const user = await findUserById(tx, input.userId);
    if (!user) throw new AppError("not_found", "No such user");
    const ended = await endSessionsOfUser(tx, { userId: user.id, reason: "ended_by_admin" });
    await audit.append(tx, {
      action: "user.sessions_ended",
      targets: [{ type: "user", id: user.id, label: user.email }],
      details: { email: user.email, count: ended },
    });
    return { ended };
  });
}
