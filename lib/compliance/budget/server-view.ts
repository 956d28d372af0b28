import "server-only";
import type { RateBudget, RateLimitSnapshot } from "./types";

export type Observation = Parameters<RateBudget["observe"]>[0];

/** Time until which the server said no request may be sent: `remaining == 0` with a future reset. */
export function blockedUntilFrom(s: Observation, now: number): number | null {
  if (s.remaining !== 0 || s.resetAt === null) return null;
  const reset = s.resetAt.getTime();
  return Number.isFinite(reset) && reset > now ? reset : null;
}

/** How many sends the server counts in its current window (`limit - remaining`), if it said. */
export function serverUsed(s: Observation): number | null {
  if (s.limit === null || s.remaining === null) return null;
  if (!Number.isFinite(s.limit) || !Number.isFinite(s.remaining) || s.limit <= 0) return null;
  return Math.max(0, Math.min(s.limit, s.limit - s.remaining));
}

/**
 * When the stand-ins for sends the server counts but we didn't see should leave our window.
 * All we know is that the server's oldest send leaves at `resetAt` (its reset = when the window
 * frees a slot) and the newest no later than a full window from now; we assume they were spread
 * evenly in between. Without a reset we assume the worst: all of them were just sent.
 */
export function standInExpiries(count: number, now: number, resetAt: Date | null, windowMs: number): number[] {
  const latest = now + windowMs;
  const reset = resetAt === null ? latest : Math.min(latest, Math.max(now, resetAt.getTime()));
  const step = count > 1 ? (latest - reset) / count : 0;
  return Array.from({ length: count }, (_, i) => Math.round(reset + i * step));
}

/** The budget actually enforced: our configured rpm, or the server's limit when that is lower. */
export function effectiveLimit(rpm: number, observedLimit: number | null): number {
  return observedLimit !== null && observedLimit > 0 ? Math.min(rpm, observedLimit) : rpm;
}

export function toSnapshot(s: Observation | null, observedAt: number | null): RateLimitSnapshot {
  return {
    limit: s?.limit ?? null,
    remaining: s?.remaining ?? null,
    resetAt: s?.resetAt ?? null,
    observedAt: observedAt === null ? null : new Date(observedAt),
  };
}
