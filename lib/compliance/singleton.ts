import "server-only";
import { createHash } from "node:crypto";
import { getServerEnv } from "@/lib/env";
import { createRateBudget } from "./budget";
import { createComplianceClient, type ComplianceClient } from "./client";

// One client per process. Next dev re-evaluates modules on HMR; globalThis survives, so the
// concurrency limiter and rate budget aren't silently duplicated.
declare global {
  // `var` is what makes it a property of globalThis.
  var __custodyComplianceClient: ComplianceClient | undefined;
}

/** Budget id: one budget per upstream (parent org ≈ base URL); hashed so it never shows a URL's credentials. */
export function budgetIdFor(baseUrl: string): string {
  return `compliance:${createHash("sha256").update(baseUrl).digest("hex").slice(0, 16)}`;
}

/** The process-wide client built from the validated env. */
export function getComplianceClient(): ComplianceClient {
  const existing = globalThis.__custodyComplianceClient;
  if (existing) return existing;
  const env = getServerEnv();
  const client = createComplianceClient({
    baseUrl: env.COMPLIANCE_API_BASE_URL,
    accessKey: env.COMPLIANCE_ACCESS_KEY,
    adminKey: env.COMPLIANCE_ADMIN_KEY,
    budget: createRateBudget({
      rpm: env.COMPLIANCE_RATE_LIMIT_RPM,
      id: budgetIdFor(env.COMPLIANCE_API_BASE_URL),
      redisUrl: env.REDIS_URL,
    }),
    maxConcurrency: env.COMPLIANCE_MAX_CONCURRENCY,
    timeoutMs: env.COMPLIANCE_TIMEOUT_MS,
  });
  globalThis.__custodyComplianceClient = client;
  return client;
}
