import "server-only";

export type RateLimitResult = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Epoch ms when the oldest counted request leaves the window (a slot frees up). */
  resetAt: number;
  /** Whole seconds to wait before retrying; 0 when allowed. */
  retryAfterSeconds: number;
};

export interface RateLimiter {
  /** Counts one request for `key` if it fits `limit` per `windowMs` (sliding window), else refuses it. */
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
}

export function toResult(
  allowed: boolean,
  limit: number,
  count: number,
  oldestMs: number,
  windowMs: number,
  nowMs: number,
): RateLimitResult {
  const resetAt = oldestMs + windowMs;
  return {
    allowed,
    limit,
    remaining: Math.max(0, limit - count),
    resetAt,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((resetAt - nowMs) / 1000)),
  };
}
