import "server-only";
import { toResult, type RateLimiter, type RateLimitResult } from "./types";

/**
 * Sliding-log limiter in process memory: exact, and enough for one server process. Several processes
 * need the Redis limiter (REDIS_URL) to share counts.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly log = new Map<string, number[]>();
  private hitsSinceSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const now = this.now();
    this.maybeSweep(now, windowMs);
    const stamps = (this.log.get(key) ?? []).filter((t) => t > now - windowMs);
    const allowed = stamps.length < limit;
    if (allowed) stamps.push(now);
    this.log.set(key, stamps);
    return toResult(allowed, limit, stamps.length, stamps[0] ?? now, windowMs, now);
  }

  /** Drops idle keys now and then so one-off users do not accumulate forever. */
  private maybeSweep(now: number, windowMs: number): void {
    if (++this.hitsSinceSweep < 1000) return;
    this.hitsSinceSweep = 0;
    for (const [key, stamps] of this.log) {
      if ((stamps[stamps.length - 1] ?? 0) <= now - windowMs) this.log.delete(key);
    }
  }
}
