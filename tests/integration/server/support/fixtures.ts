import type { Role } from "@/lib/schemas/auth";
import type { Db } from "@/lib/server/db/types";
import { createUser } from "@/lib/server/users/create-user";
import type { Actor } from "@/lib/server/users/actor";
import { testOp } from "@/tests/support/operation";

export const TEST_ACTOR_CTX = { actor: { id: "cli:test", email: null, roles: [] } };

/** A local user created through the real verb (so with its audit entry). */
export async function makeUser(
  db: Db,
  email: string,
  roles: Role[],
  password = "correct horse battery",
): Promise<Actor> {
  const { user } = await createUser({
    ...testOp({ db, auditContext: TEST_ACTOR_CTX }),
    input: { email, name: email.split("@")[0], roles, password },
  });
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}
