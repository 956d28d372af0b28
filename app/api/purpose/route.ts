import { DeclarePurposeBody } from "@/lib/schemas/auth";
import { declarePurpose } from "@/lib/server/auth/declare-purpose";
import { withRoute } from "@/lib/server/http/route";

const NO_STORE = { "cache-control": "no-store" };

// GET /api/purpose: the purpose of access declared in this sign-in session, or null
export const GET = withRoute({ capability: "authenticated" }, async ({ purpose }) =>
  Response.json({ purpose }, { headers: NO_STORE }),
);

// POST /api/purpose: state why custodian content is about to be read (case/ticket reference + reason);
// it holds for the rest of this session and is stamped on every later audit entry
export const POST = withRoute(
  { capability: "custodian:read", body: DeclarePurposeBody },
  async ({ sessionId, body, ...ctx }) =>
    Response.json(await declarePurpose({ ...ctx, input: { sessionId, ...body } }), {
      status: 201,
      headers: NO_STORE,
    }),
);
