import { PatchUserBody, UserParams } from "@/lib/schemas/users";
import { AppError, withRoute } from "@/lib/server/http/route";
import { disableUser } from "@/lib/server/users/disable-user";
import { setUserRoles } from "@/lib/server/users/set-user-roles";

// PATCH /api/users/:userId: replace the roles and/or disable the account; each change is audited by its verb
export const PATCH = withRoute(
  { capability: "users:manage", params: UserParams, body: PatchUserBody },
  async ({ db, actor, params, body, audit }) => {
    // Disabling oneself would end the session mid-task and could strand the console without an admin.
    if (body.disabled && params.userId === actor.id)
      throw new AppError("conflict", "You cannot disable your own account");
    let user = body.roles
      ? await setUserRoles({ db, ctx: audit.context, userId: params.userId, input: { roles: body.roles } })
      : null;
    if (body.disabled) user = await disableUser({ db, ctx: audit.context, userId: params.userId });
    return Response.json({ user }, { headers: { "cache-control": "no-store" } });
  },
);
