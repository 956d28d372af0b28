import { withRoute } from "@/lib/server/http/route";
import { clearSignInLockRoute, getSignInLockRoute } from "@/lib/server/users/sign-in-lock-routes";

// GET /api/users/:userId/sign-in-lock: the password sign-in delay counted for the account, or `lock: null`
export const GET = withRoute(getSignInLockRoute);

// DELETE /api/users/:userId/sign-in-lock: clear that delay from every address (audited `user.sign_in_unlock`)
export const DELETE = withRoute(clearSignInLockRoute);
