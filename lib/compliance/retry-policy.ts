import "server-only";

/** Statuses the upstream documents as transient (§7.2, §9). */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504, 529]);
/** Replaying these cannot change server state twice (DELETE of a gone object is a 404). */
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "DELETE"]);

export interface BackoffConfig {
  /** First retry waits about this long; doubles per retry. Production: 1000. */
  baseMs: number;
  /** Ceiling of the exponential part. Production: 60000. */
  capMs: number;
}
export const DEFAULT_BACKOFF: BackoffConfig = { baseMs: 1000, capMs: 60_000 };

export interface RetryDecisionInput {
  method: string;
  /** null for network errors and timeouts. */
  status: number | null;
  /** `x-should-retry` header value, if the response had one. */
  shouldRetryHeader: string | null;
  message: string;
}

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

export function isRetryable(input: RetryDecisionInput): boolean {
  if (!isIdempotent(input.method)) return false;
  // The server's explicit verdict beats our status table both ways (§7.2: a 500 with false is deterministic).
  if (input.shouldRetryHeader !== null) {
    const verdict = input.shouldRetryHeader.trim().toLowerCase();
    if (verdict === "false") return false;
    if (verdict === "true") return true;
  }
  if (input.status === null) return true;
  // Local sessions: "cannot currently evaluate retention overrides … Try again later." is not transient (§5.16).
  if (input.status === 503 && /retention overrides/i.test(input.message)) return false;
  return RETRYABLE_STATUSES.has(input.status);
}

/**
 * Delay before retry number `retryIndex` (0-based): exponential with ±25 % jitter, and never
 * sooner than the server's `retry-after`, which is a floor, not a suggestion.
 */
export function retryDelayMs(
  retryIndex: number,
  backoff: BackoffConfig,
  retryAfterSeconds: number | null,
  random: () => number,
): number {
  const exponential = Math.min(backoff.capMs, backoff.baseMs * 2 ** retryIndex);
  const jittered = exponential * (0.75 + random() * 0.5);
  const floor = retryAfterSeconds === null ? 0 : retryAfterSeconds * 1000;
  return Math.max(floor, Math.round(jittered));
}
