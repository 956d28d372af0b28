import "server-only";
import { getServerConfig } from "@/lib/env";
import { MemoryRateLimiter } from "./memory-limiter";
import { RedisRateLimiter } from "./redis-limiter";
import { FallbackRateLimiter } from "./fallback-limiter";
import type { RateLimiter } from "./types";

export { MemoryRateLimiter } from "./memory-limiter";
export { RedisRateLimiter } from "./redis-limiter";
export { FallbackRateLimiter } from "./fallback-limiter";
export type { RateLimiter, RateLimitResult } from "./types";

/** Limit classes routes pick with `withRoute({ limit })`: requests per window, per user. */
export type LimitClass = "default" | "download" | "export";
export type LimitRule = { limit: number; windowMs: number };

export function limitRules(routeRateLimit: number): Record<LimitClass, LimitRule> {
  return {
    default: { limit: routeRateLimit, windowMs: 60_000 },
    // Downloads and exports move whole transcripts and files: a runaway script should stop early.
    download: { limit: Math.max(1, Math.floor(routeRateLimit / 5)), windowMs: 60_000 },
    export: { limit: Math.max(1, Math.floor(routeRateLimit / 30)), windowMs: 60_000 },
    // Password sign-in is not limited here: lib/server/auth/sign-in-throttle.ts delays it, in the database.
  };
}

const globalForLimiter = globalThis as typeof globalThis & { __custodyLimiter?: RateLimiter };

/** One limiter per process: Redis-backed when REDIS_URL is set (shared by all servers), else in memory. */
export function routeLimiter(): RateLimiter {
  const { redisUrl } = getServerConfig();
  globalForLimiter.__custodyLimiter ??= redisUrl
    ? new FallbackRateLimiter(RedisRateLimiter.fromUrl(redisUrl), new MemoryRateLimiter())
    : new MemoryRateLimiter();
  return globalForLimiter.__custodyLimiter;
}
