import { CreateUserBody } from "@/lib/schemas/auth";
import { withRoute } from "@/lib/server/http/route";
import { createUser } from "@/lib/server/users/create-user";
import { listUsers } from "@/lib/server/users/list-users";

const NO_STORE = { "cache-control": "no-store" };

// GET /api/users: every console account (never a password hash)
export const GET = withRoute({ capability: "users:manage" }, async (ctx) =>
  Response.json({ users: await listUsers({ ...ctx, input: undefined }) }, { headers: NO_STORE }),
);

// POST /api/users: add a local account; without a password one is generated and returned in this response only
export const POST = withRoute({ capability: "users:manage", body: CreateUserBody }, async ({ body, ...ctx }) =>
  Response.json(await createUser({ ...ctx, input: body }), { status: 201, headers: NO_STORE }),
);
