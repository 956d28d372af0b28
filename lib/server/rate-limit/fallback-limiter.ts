import "server-only";
import { describeForLog } from "../http/redact";
import type { RateLimiter, RateLimitResult } from "./types";

/**
 * Uses the primary (Redis) limiter and falls back to a local one while it fails: an outage of the
 * limiter's store must not take every route down with a 500.
 */
export class FallbackRateLimiter implements RateLimiter {
  private warned = false;

  constructor(
    private readonly primary: RateLimiter,
    private readonly fallback: RateLimiter,
  ) {}

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    try {
      const result = await this.primary.hit(key, limit, windowMs);
      this.warned = false;
      return result;
    } catch (err) {
      if (!this.warned) {
        this.warned = true;
        // Class and code only: a failed command's message can quote its key, and sign-in keys hold an email.
        console.error(`[rate-limit] shared limiter unavailable, limiting per process: ${describeForLog(err)}`);
      }
      return this.fallback.hit(key, limit, windowMs);
    }
  }
}
