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

/**
 * What the server's headers last said, kept the same way by every budget backend: as the snapshot
 * for the status page, and as the server's limit, which lowers ours when it is smaller.
 */
export class LastObservation {
  private last: Observation | null = null;
  private observedAt: number | null = null;
  private observedLimit: number | null = null;

  record(s: Observation, now: number): void {
    this.last = s;
    this.observedAt = now;
    if (s.limit !== null && s.limit > 0) this.observedLimit = s.limit;
  }

  /** The budget actually enforced: our configured rpm, or the server's limit when that is lower. */
  limit(rpm: number): number {
    return this.observedLimit !== null ? Math.min(rpm, this.observedLimit) : rpm;
  }

  snapshot(): RateLimitSnapshot {
    return {
      limit: this.last?.limit ?? null,
      remaining: this.last?.remaining ?? null,
      resetAt: this.last?.resetAt ?? null,
      observedAt: this.observedAt === null ? null : new Date(this.observedAt),
    };
  }
}
