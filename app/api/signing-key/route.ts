import { withPublicRoute } from "@/lib/server/http/public-route";
import { getSigningKey } from "@/lib/server/signing/signing-key";

// GET /api/signing-key: the public half of the console's Ed25519 signing key (key id, PEM, JWK), for anyone checking
// an audit checkpoint or an evidence bundle; no auth, nothing secret
export const dynamic = "force-dynamic";

export const GET = withPublicRoute(() =>
  Response.json(getSigningKey().publicKey(), { headers: { "cache-control": "public, max-age=300" } }),
);
