import "server-only";

/** What we last learned from the server's `anthropic-ratelimit-requests-*` headers. */
export interface RateLimitSnapshot {
  limit: number | null;
  remaining: number | null;
  resetAt: Date | null;
  observedAt: Date | null;
}

export interface AcquireOptions {
  signal?: AbortSignal;
  /** absolute epoch ms after which acquire rejects with BudgetTimeoutError */
  deadlineMs?: number;
}

export interface RateBudget {
  /** Resolves when this request may be sent; FIFO fair. Rejects with BudgetTimeoutError (deadline) or the signal's reason. */
  acquire(opts?: AcquireOptions): Promise<void>;
  /** Feed the server's headers after EVERY response (success or error). */
  observe(s: { limit: number | null; remaining: number | null; resetAt: Date | null }): void;
  snapshot(): RateLimitSnapshot;
  close(): Promise<void>;
}

export interface RateBudgetConfig {
  rpm: number;
  /** budget id: one per upstream parent org, e.g. hash of base URL */
  id: string;
  redisUrl?: string;
  keyPrefix?: string;
  windowMs?: number /* default 60_000 */;
  now?: () => number;
}
