import { ApiError } from "./errors";
import { createRng, type Rng } from "./rng";

/** Injected failures for resilience runs; all draws come from one RNG seeded from the simulator seed. */
export interface FaultConfig {
  faultRate: number;
  throttleRate: number;
  truncateRate: number;
  /** Share of injected 500s marked `x-should-retry: false` (deterministic failures). Default 0 keeps runs recoverable. */
  noRetryShare: number;
}

const FAULTS: readonly (() => ApiError)[] = [
  () => new ApiError(500, "api_error", "Internal server error", { "x-should-retry": "true" }),
  () => new ApiError(502, "api_error", "Bad gateway", { "x-should-retry": "true" }),
  () =>
    new ApiError(503, "overloaded_error", "Service temporarily unavailable. Try again shortly.", {
      "x-should-retry": "true",
    }),
  () => new ApiError(529, "overloaded_error", "Overloaded", { "x-should-retry": "true" }),
];

export class FaultInjector {
  private readonly rng: Rng;

  constructor(
    private readonly config: FaultConfig,
    seed: number,
  ) {
    this.rng = createRng(seed ^ 0x5eed_fa17);
  }

  /** A spurious 429 (`retry-after: 1`), or undefined. */
  throttle(message: string): ApiError | undefined {
    if (this.config.throttleRate <= 0 || this.rng() >= this.config.throttleRate) return undefined;
    return new ApiError(429, "rate_limit_error", message, { "retry-after": "1" });
  }

  /** A 500/502/503/529, or undefined. */
  fault(): ApiError | undefined {
    if (this.config.faultRate <= 0 || this.rng() >= this.config.faultRate) return undefined;
    const err = FAULTS[Math.floor(this.rng() * FAULTS.length)]();
    if (err.status === 500 && this.config.noRetryShare > 0 && this.rng() < this.config.noRetryShare)
      return new ApiError(500, "api_error", "Internal server error (deterministic failure; do not retry)", {
        "x-should-retry": "false",
      });
    return err;
  }

  /** Byte offset at which to cut a body of `size` bytes, or undefined to send it whole. */
  truncateAt(size: number): number | undefined {
    if (this.config.truncateRate <= 0 || size <= 0 || this.rng() >= this.config.truncateRate) return undefined;
    // Somewhere inside the body, but early enough that a cut multi-GiB stream does not cost a full download.
    return Math.min(Math.floor(size * (0.1 + 0.8 * this.rng())), 4 * 1024 * 1024, size - 1);
  }
}
