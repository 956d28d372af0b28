import "server-only";
import { UserParams } from "@/lib/schemas/users";
import { defineRoute } from "@/lib/server/http/route-def";
import { clearSignInLock } from "./clear-sign-in-lock";
import { getSignInLock } from "./list-sign-in-locks";

/** GET /api/users/{userId}/sign-in-lock: the password sign-in delay counted for the account, or `lock: null`. */
export const getSignInLockRoute = defineRoute(
  { capability: "users:manage", params: UserParams },
  async ({ params, ...ctx }) =>
    Response.json({ lock: await getSignInLock({ ...ctx, input: { userId: params.userId } }) }),
);

/** DELETE /api/users/{userId}/sign-in-lock: clear that delay from every address (audited `user.sign_in_unlock`). */
export const clearSignInLockRoute = defineRoute(
  { capability: "users:manage", params: UserParams },
  async ({ params, ...ctx }) => {
    await clearSignInLock({ ...ctx, input: { userId: params.userId } });
    return Response.json({ lock: null });
  },
);
