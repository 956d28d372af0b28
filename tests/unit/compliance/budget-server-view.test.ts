import { afterEach, describe, expect, it, vi } from "vitest";
import { standInExpiries } from "@/lib/compliance/budget/server-view";
import { fakeClockBudget, grantedTimes, startAcquires, T0 } from "./budget-harness";

const MARGIN = 500;
const at = (ms: number) => new Date(T0 + ms);

afterEach(() => {
  vi.useRealTimers();
});

describe("server-driven wait", () => {
  it("grants nothing while the server says remaining 0 until its reset, then resumes", async () => {
    const budget = fakeClockBudget(100);
    budget.observe({ limit: 100, remaining: 0, resetAt: at(5_000) });
    const log = startAcquires(budget, [undefined, undefined]);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    // One slot frees at the reset (the server's oldest send leaves); the other stand-ins leave later.
    expect(grantedTimes(log)).toEqual([5_000]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(grantedTimes(log)).toHaveLength(2);
    await budget.close();
  });

  it("ignores a remaining-0 report whose reset has already passed", async () => {
    const budget = fakeClockBudget(10);
    await vi.advanceTimersByTimeAsync(10_000);
    budget.observe({ limit: 10, remaining: 0, resetAt: at(9_000) });
    // Nothing we sent is in its window and the reset is over: the server's count is stale.
    const log = startAcquires(budget, [undefined]);
    await vi.advanceTimersByTimeAsync(0);
    expect(grantedTimes(log)).toHaveLength(1);
  });

  it("exposes the last observation as the snapshot", () => {
    const budget = fakeClockBudget(10);
    expect(budget.snapshot()).toEqual({ limit: null, remaining: null, resetAt: null, observedAt: null });
    budget.observe({ limit: 600, remaining: 598, resetAt: at(60_000) });
    expect(budget.snapshot()).toEqual({ limit: 600, remaining: 598, resetAt: at(60_000), observedAt: new Date(T0) });
  });
});

describe("stricter view of the server's count", () => {
  it("adopts the server's count when other consumers used part of the budget", async () => {
    const budget = fakeClockBudget(10);
    // We sent nothing, but the server counts 6 sends in its window (someone else's).
    budget.observe({ limit: 10, remaining: 4, resetAt: at(30_000) });
    const log = startAcquires(
      budget,
      Array.from({ length: 5 }, () => undefined),
    );
    await vi.advanceTimersByTimeAsync(29_999);
    expect(grantedTimes(log)).toEqual([0, 0, 0, 0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(grantedTimes(log)).toEqual([0, 0, 0, 0, 30_000]);
    await budget.close();
  });

  it("is not over-cautious when the server's count is just our own sends", async () => {
    const budget = fakeClockBudget(10);
    const log = startAcquires(budget, [undefined, undefined, undefined]);
    await vi.advanceTimersByTimeAsync(100);
    budget.observe({ limit: 10, remaining: 7, resetAt: at(60_000) });
    startAcquires(
      budget,
      Array.from({ length: 7 }, () => undefined),
      log,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(grantedTimes(log)).toHaveLength(10);
  });

  it("still counts our own sends that just left our window while the server, stamping later, holds them", async () => {
    const budget = fakeClockBudget(4);
    const log = startAcquires(
      budget,
      Array.from({ length: 4 }, () => undefined),
    );
    await vi.advanceTimersByTimeAsync(60_000 + MARGIN);
    // Our 4 left our window; the server (stamps ~1 s later) still counts them for a moment.
    budget.observe({ limit: 4, remaining: 0, resetAt: at(61_000) });
    startAcquires(
      budget,
      Array.from({ length: 4 }, () => undefined),
      log,
    );
    await vi.advanceTimersByTimeAsync(500);
    // The reset (61 s) is honoured, but no stand-ins: at the reset all 4 go.
    expect(grantedTimes(log).slice(4)).toEqual([61_000, 61_000, 61_000, 61_000]);
  });

  it("uses the server's limit when it is lower than the configured rpm", async () => {
    const budget = fakeClockBudget(600);
    budget.observe({ limit: 3, remaining: 3, resetAt: null });
    const log = startAcquires(
      budget,
      Array.from({ length: 5 }, () => undefined),
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(grantedTimes(log)).toEqual([0, 0, 0]);
  });
});

describe("standInExpiries", () => {
  it("spreads stand-ins from the reset to a full window from now", () => {
    expect(standInExpiries(4, 1_000, new Date(21_000), 60_000)).toEqual([21_000, 31_000, 41_000, 51_000]);
  });

  it("assumes they were all just sent when the server gave no reset", () => {
    expect(standInExpiries(2, 1_000, null, 60_000)).toEqual([61_000, 61_000]);
  });
});
