import { PatchUserBody, UserParams } from "@/lib/schemas/users";
import { withRoute } from "@/lib/server/http/route";
import { updateUser } from "@/lib/server/users/update-user";

// PATCH /api/users/:userId: replace the roles and/or disable the account, in one transaction, each change audited
export const PATCH = withRoute(
  { capability: "users:manage", params: UserParams, body: PatchUserBody },
  async ({ params, body, ...ctx }) =>
    Response.json({ user: await updateUser({ ...ctx, input: { userId: params.userId, ...body } }) }),
);
