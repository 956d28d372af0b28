import "server-only";
import { z } from "zod";
import { MemoryRateBudget } from "./memory-budget";
import { RedisRateBudget } from "./redis-budget";
import { getOrCreateBudget } from "./registry";
import type { RateBudget, RateBudgetConfig } from "./types";
import { DEFAULT_WINDOW_MS } from "./window-math";

export type { AcquireOptions, RateBudget, RateBudgetConfig, RateLimitSnapshot } from "./types";
export { BudgetClosedError, BudgetTimeoutError, BudgetUnavailableError } from "./errors";

const DEFAULT_KEY_PREFIX = "custody:rate-budget:";

const BudgetConfig = z.object({
  rpm: z.number().int().positive(),
  id: z.string().min(1),
  redisUrl: z.string().min(1).optional(),
  keyPrefix: z.string().optional(),
  windowMs: z.number().int().positive().optional(),
  now: z.custom<() => number>((v) => typeof v === "function").optional(),
});

/**
 * Builds one backend without registering it. Tests use this to stand in for separate processes;
 * application code wants createRateBudget.
 */
export function createUnregisteredBudget(config: RateBudgetConfig): RateBudget {
  const c = BudgetConfig.parse(config);
  const now = c.now ?? Date.now;
  const windowMs = c.windowMs ?? DEFAULT_WINDOW_MS;
  if (c.redisUrl) {
    return new RedisRateBudget({
      id: c.id,
      rpm: c.rpm,
      windowMs,
      now,
      redisUrl: c.redisUrl,
      keyPrefix: c.keyPrefix ?? DEFAULT_KEY_PREFIX,
    });
  }
  return new MemoryRateBudget({ id: c.id, rpm: c.rpm, windowMs, now });
}

/**
 * The process's rate budget for one upstream parent org (`id`): in-process by default, shared
 * across processes through Redis when `redisUrl` is set. Asking again for the same id returns the
 * same budget (the first config wins) until it is closed.
 */
export function createRateBudget(config: RateBudgetConfig): RateBudget {
  return getOrCreateBudget(config.id, () => createUnregisteredBudget(config));
}
