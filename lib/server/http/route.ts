import "server-only";
import { getServerSession } from "next-auth";
import { getComplianceClient } from "@/lib/compliance";
import { getServerConfig } from "@/lib/env";
import { getDb } from "../db";
import { authOptions } from "../auth/options";
import { sessionIdentityFrom } from "../auth/resolve-actor";
import { limitRules, routeLimiter } from "../rate-limit";
import { createRouteWrapper } from "./route-core";

export { AppError } from "./errors";
export type { RouteContext, RouteDef, RouteOptions } from "./route-core";

/**
 * The one wrapper for every app/api route except auth and health:
 * session → 401 · capability → 403 · same-origin (mutating) → 403 · per-user limit → 429 ·
 * purpose of access → 428 · zod params/query/body → 400/422 · handler · errors → envelope.
 */
export const withRoute = createRouteWrapper({
  getSession: async () => sessionIdentityFrom(await getServerSession(authOptions)),
  getDb,
  // Resolved on first use, not at import, so builds need no env.
  client: () => getComplianceClient(),
  limiter: routeLimiter,
  rules: () => limitRules(getServerConfig().routeRateLimit),
  trustedProxies: () => getServerConfig().trustedProxies,
  expectedOrigin: (req) => {
    const configured = getServerConfig().nextAuthUrl;
    return configured ? new URL(configured).origin : new URL(req.url).origin;
  },
});
