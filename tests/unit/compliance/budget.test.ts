import { afterEach, describe, expect, it, vi } from "vitest";
import { BudgetTimeoutError, createRateBudget } from "@/lib/compliance/budget";
import { fakeClockBudget, grantedTimes, maxInAnyWindow, startAcquires, T0 } from "./budget-harness";

const MARGIN = 500; // sendMarginMs(60_000): each send holds its slot this much past 60 s

afterEach(() => {
  vi.useRealTimers();
});

describe("in-process rate budget: sliding window", () => {
  it("never grants more than rpm in any 60 s window, however many callers wait", async () => {
    const budget = fakeClockBudget(5);
    const log = startAcquires(
      budget,
      Array.from({ length: 23 }, () => undefined),
    );
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    const times = grantedTimes(log);
    expect(times).toHaveLength(23);
    expect(maxInAnyWindow(times, 60_000)).toBe(5);
    await budget.close();
  });

  it("grants the first rpm at once and the next one the instant the oldest leaves the window", async () => {
    const budget = fakeClockBudget(3);
    const log = startAcquires(budget, [undefined, undefined, undefined]);
    await vi.advanceTimersByTimeAsync(10_000);
    startAcquires(budget, [undefined, undefined], log);
    await vi.advanceTimersByTimeAsync(60_000 + MARGIN - 10_001);
    expect(grantedTimes(log)).toEqual([0, 0, 0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(grantedTimes(log)).toEqual([0, 0, 0, 60_000 + MARGIN, 60_000 + MARGIN]);
    await budget.close();
  });

  it("is a sliding window, not a fixed one: sends spread over a minute free up one by one", async () => {
    const budget = fakeClockBudget(2);
    const log = startAcquires(budget, [undefined]);
    await vi.advanceTimersByTimeAsync(30_000);
    startAcquires(budget, [undefined, undefined, undefined], log);
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(grantedTimes(log)).toEqual([0, 30_000, 60_000 + MARGIN, 90_000 + MARGIN]);
    await budget.close();
  });

  it("serves callers first come, first served", async () => {
    const budget = fakeClockBudget(2);
    const log = startAcquires(
      budget,
      Array.from({ length: 7 }, () => undefined),
    );
    await vi.advanceTimersByTimeAsync(1_000);
    startAcquires(budget, [undefined, undefined], log);
    await vi.advanceTimersByTimeAsync(6 * 60_000);
    expect(log.map((o) => o.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe("in-process rate budget: giving up", () => {
  it("rejects a waiter at its deadline and the queue keeps moving", async () => {
    const budget = fakeClockBudget(1);
    const log = startAcquires(budget, [undefined, { deadlineMs: T0 + 5_000 }, undefined]);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(log.map((o) => o.index)).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(log[1]).toMatchObject({ index: 1, at: 5_000, ok: false });
    expect(log[1].error).toBeInstanceOf(BudgetTimeoutError);
    await vi.advanceTimersByTimeAsync(60_000);
    // The timed-out caller didn't take a slot: the next one gets the one that freed.
    expect(log[2]).toMatchObject({ index: 2, at: 60_000 + MARGIN, ok: true });
  });

  it("rejects at once when the deadline has already passed", async () => {
    const budget = fakeClockBudget(1);
    await expect(budget.acquire({ deadlineMs: T0 - 1 })).rejects.toBeInstanceOf(BudgetTimeoutError);
  });

  it("removes an aborted waiter with the signal's reason and serves the one behind it", async () => {
    const budget = fakeClockBudget(1);
    const controller = new AbortController();
    const log = startAcquires(budget, [undefined, { signal: controller.signal }, undefined]);
    await vi.advanceTimersByTimeAsync(1_000);
    const reason = new Error("user cancelled");
    controller.abort(reason);
    await vi.advanceTimersByTimeAsync(0);
    expect(log[1]).toMatchObject({ index: 1, at: 1_000, ok: false, error: reason });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(log[2]).toMatchObject({ index: 2, at: 60_000 + MARGIN, ok: true });
  });

  it("rejects an already-aborted signal without queueing", async () => {
    const budget = fakeClockBudget(1);
    const reason = new Error("gone");
    await expect(budget.acquire({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    await expect(budget.acquire()).resolves.toBeUndefined();
  });

  it("rejects waiters still queued when closed", async () => {
    const budget = fakeClockBudget(1);
    const log = startAcquires(budget, [undefined, undefined]);
    await vi.advanceTimersByTimeAsync(0);
    await budget.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(log.map((o) => o.ok)).toEqual([true, false]);
  });
});

describe("createRateBudget registry", () => {
  it("returns one budget per id per process, so two clients share one window", async () => {
    const id = `registry-${Math.random()}`;
    const a = createRateBudget({ rpm: 1, id });
    const b = createRateBudget({ rpm: 1, id });
    await a.acquire();
    const second = b.acquire({ deadlineMs: Date.now() + 50 });
    await expect(second).rejects.toBeInstanceOf(BudgetTimeoutError);
    await a.close();
    // Closed budgets leave the registry: the next one starts fresh.
    const c = createRateBudget({ rpm: 1, id });
    await expect(c.acquire()).resolves.toBeUndefined();
    await c.close();
  });

  it("refuses a config without a positive rpm", () => {
    expect(() => createRateBudget({ rpm: 0, id: `bad-${Math.random()}` })).toThrow();
  });
});
