import { describe, expect, it } from "vitest";
import { mapConcurrent, Semaphore } from "@/lib/compliance/concurrency";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("mapConcurrent", () => {
  it("keeps at most `concurrency` calls running and returns results in input order", async () => {
    let running = 0;
    let peak = 0;
    const results = await mapConcurrent(
      [5, 1, 4, 2, 3, 0],
      async (n) => {
        running += 1;
        peak = Math.max(peak, running);
        for (let i = 0; i < n; i++) await tick();
        running -= 1;
        return n * 10;
      },
      { concurrency: 3 },
    );
    expect(results).toEqual([50, 10, 40, 20, 30, 0]);
    expect(peak).toBe(3);
  });

  it("stops starting new items after a failure and rethrows it", async () => {
    const started: number[] = [];
    const run = mapConcurrent(
      [1, 2, 3, 4, 5, 6],
      async (n) => {
        started.push(n);
        await tick();
        if (n === 2) throw new Error("boom");
        return n;
      },
      { concurrency: 2 },
    );
    await expect(run).rejects.toThrow("boom");
    expect(started.length).toBeLessThan(6);
  });

  it("accepts async iterables", async () => {
    async function* gen() {
      yield "a";
      yield "b";
    }
    expect(await mapConcurrent(gen(), async (s, i) => `${s}${i}`, { concurrency: 4 })).toEqual(["a0", "b1"]);
  });
});

describe("Semaphore", () => {
  it("grants in FIFO order and lets an aborted waiter leave the queue", async () => {
    const sem = new Semaphore(1);
    const release = await sem.acquire();
    const order: string[] = [];
    const controller = new AbortController();
    const aborted = sem.acquire(controller.signal).catch(() => order.push("aborted"));
    const second = sem.acquire().then((r) => {
      order.push("second");
      r();
    });
    controller.abort();
    await aborted;
    release();
    await second;
    expect(order).toEqual(["aborted", "second"]);
    expect(sem.inFlight).toBe(0);
  });
});
