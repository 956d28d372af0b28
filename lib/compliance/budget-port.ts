import "server-only";
import type { RateLimitObservation } from "./rate-headers";

/**
 * What the client needs from a rate budget. The shared implementation lives in `./budget`
 * (`createRateBudget`); this structural subset keeps the client independent of its backend.
 */
export interface ClientBudget {
  /** Resolves when one request may be sent; rejects on deadline or abort. */
  acquire(options?: { signal?: AbortSignal; deadlineMs?: number }): Promise<void>;
  /** Fed from the `anthropic-ratelimit-*` headers after every response. */
  observe(observation: RateLimitObservation): void;
}

/** No local limit: for tests and scripts that rely on the server's 429s alone. */
export function createUnmeteredBudget(): ClientBudget {
  return {
    acquire: async (options) => options?.signal?.throwIfAborted(),
    observe: () => undefined,
  };
}
