import type { ComplianceClient } from "@/lib/compliance";
import type { TrustedProxies } from "@/lib/env";
import type { Db } from "@/lib/server/db/types";
import type { SessionIdentity } from "@/lib/server/auth/resolve-actor";
import { createRouteWrapper } from "@/lib/server/http/route-core";
import { limitRules } from "@/lib/server/rate-limit";
import { MemoryRateLimiter } from "@/lib/server/rate-limit/memory-limiter";
import type { SessionPolicy } from "@/lib/server/auth-sessions/session-policy";
import { ensureSessionRow } from "@/tests/support/auth-session";
import { missing } from "@/tests/support/operation";

export const ORIGIN = "http://console.test";

/**
 * withRoute over a test database, with the session chosen per request (`harness.signIn(...)`), an
 * in-memory limiter and a small default limit so 429 is reachable. Handlers reach upstream through `client`
 * (without one, any upstream use fails loudly); `withClient(other)` mounts routes on another upstream client with
 * the same session, database and limiter (faulty clients, other keys).
 */
export function routeHarness(
  db: Db,
  {
    routeRateLimit = 300,
    client,
    sessionPolicy,
    trustedProxies = 0,
  }: {
    routeRateLimit?: number;
    client?: ComplianceClient;
    sessionPolicy?: () => SessionPolicy;
    trustedProxies?: TrustedProxies;
  } = {},
) {
  let identity: SessionIdentity | null = null;
  const limiter = new MemoryRateLimiter();
  const noClient = missing<ComplianceClient>("upstream client (pass routeHarness a `client`)");
  const wrapperFor = (upstream: ComplianceClient | undefined) =>
    createRouteWrapper({
      // The signed-in session gets its auth_sessions row on first use, as a real sign-in would have written it.
      getSession: async () => {
        if (identity) await ensureSessionRow(db, identity);
        return identity;
      },
      getDb: async () => db,
      client: () => upstream ?? noClient,
      limiter: () => limiter,
      rules: () => limitRules(routeRateLimit),
      expectedOrigin: () => ORIGIN,
      sessionPolicy,
      trustedProxies: () => trustedProxies,
    });
  const withRoute = wrapperFor(client);
  return {
    withRoute,
    withClient: (other: ComplianceClient) => wrapperFor(other),
    // One session per user by default: a session row belongs to one user, as a real sign-in's does.
    signIn: (userId: string, sessionId = `ses_test_${userId}`) => {
      identity = { userId, sessionId };
    },
    signOut: () => {
      identity = null;
    },
  };
}

export function request(path: string, init: RequestInit & { json?: unknown } = {}): Request {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set("content-type", "application/json");
  return new Request(`${ORIGIN}${path}`, {
    ...rest,
    headers,
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
}

export const params = <T>(value: T) => ({ params: Promise.resolve(value) });
