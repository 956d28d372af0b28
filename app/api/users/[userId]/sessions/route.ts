import { UserParams } from "@/lib/schemas/users";
import { withRoute } from "@/lib/server/http/route";
import { endUserSessions } from "@/lib/server/users/end-user-sessions";

// DELETE /api/users/:userId/sessions: end every open session of the user (signed out everywhere), audited with the count
export const DELETE = withRoute({ capability: "users:manage", params: UserParams }, async ({ params, ...ctx }) =>
  Response.json(await endUserSessions({ ...ctx, input: { userId: params.userId } })),
);
