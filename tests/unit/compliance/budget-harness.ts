import { vi } from "vitest";
import { createUnregisteredBudget } from "@/lib/compliance/budget";
import type { AcquireOptions, RateBudget } from "@/lib/compliance/budget";

export const T0 = Date.UTC(2026, 10, 25, 12, 0, 0);

/** An in-process budget on vitest's fake clock (Date and timers), starting at T0. */
export function fakeClockBudget(rpm: number, windowMs?: number): RateBudget {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  vi.setSystemTime(T0);
  return createUnregisteredBudget({ rpm, id: `test-${Math.random()}`, windowMs, now: () => Date.now() });
}

export interface Outcome {
  index: number;
  /** ms after T0 when acquire settled. */
  at: number;
  ok: boolean;
  error?: unknown;
}

const startedPerLog = new WeakMap<Outcome[], number>();

/** Starts acquires and records, in settle order, when each one settled and how (index = start order). */
export function startAcquires(
  budget: RateBudget,
  options: Array<AcquireOptions | undefined>,
  log: Outcome[] = [],
): Outcome[] {
  const base = startedPerLog.get(log) ?? 0;
  startedPerLog.set(log, base + options.length);
  options.forEach((opts, i) => {
    budget.acquire(opts).then(
      () => log.push({ index: base + i, at: Date.now() - T0, ok: true }),
      (error: unknown) => log.push({ index: base + i, at: Date.now() - T0, ok: false, error }),
    );
  });
  return log;
}

export const grantedTimes = (log: Outcome[]) => log.filter((o) => o.ok).map((o) => o.at);

/** Largest number of grants inside any window of `windowMs` (a send counts while t < at + windowMs). */
export function maxInAnyWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j] - sorted[i] >= windowMs) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}
