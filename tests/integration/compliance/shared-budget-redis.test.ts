import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { BudgetTimeoutError, BudgetUnavailableError, createUnregisteredBudget } from "@/lib/compliance/budget";
import type { RateBudget } from "@/lib/compliance/budget";

// Needs a Redis: TEST_REDIS_URL=redis://127.0.0.1:6379. Each test uses its own key prefix and deletes it.
const url = process.env.TEST_REDIS_URL;

describe.skipIf(!url)("rate budget shared through Redis", () => {
  const admin = new Redis(url ?? "", { lazyConnect: true });
  const open: RateBudget[] = [];
  let prefix = "";
  const newPrefix = () => (prefix = `custody:test:budget:${randomBytes(6).toString("hex")}:`);
  /** Each budget has its own connection and queue, like a separate process would. */
  const budget = (rpm: number, windowMs?: number) => {
    const b = createUnregisteredBudget({ rpm, id: "org", redisUrl: url, keyPrefix: prefix, windowMs });
    open.push(b);
    return b;
  };
  /** Copies the log's entries (member → Redis-time stamp) as they come, before old ones are pruned. */
  const watchLog = () => {
    const seen = new Map<string, number>();
    const poll = async () => {
      const raw = await admin.zrange(`${prefix}{org}:log`, "0", "-1", "WITHSCORES");
      for (let i = 0; i < raw.length; i += 2) seen.set(raw[i], Number(raw[i + 1]));
    };
    const timer = setInterval(() => void poll(), 50);
    return async () => {
      clearInterval(timer);
      await poll();
      return [...seen.values()].sort((x, y) => x - y);
    };
  };

  afterEach(async () => {
    await Promise.all(open.splice(0).map((b) => b.close()));
    const keys = await admin.keys(`${prefix}*`);
    if (keys.length > 0) await admin.del(...keys);
  });
  afterAll(async () => {
    await admin.quit();
  });

  it("two budgets with the same id share one sliding window", async () => {
    newPrefix();
    const windowMs = 1_000;
    const [a, b] = [budget(5, windowMs), budget(5, windowMs)];
    const grants: string[] = [];
    const stopWatching = watchLog();
    const run = (name: string, x: RateBudget) =>
      Promise.all(Array.from({ length: 6 }, () => x.acquire().then(() => grants.push(name))));
    await Promise.all([run("a", a), run("b", b)]);
    expect(grants).toHaveLength(12);
    expect(new Set(grants)).toEqual(new Set(["a", "b"]));
    // Redis's own timestamps: never more than 5 sends in any window (ours, with its 10 ms margin).
    const scores = await stopWatching();
    expect(scores).toHaveLength(12);
    for (let i = 5; i < scores.length; i++) expect(scores[i] - scores[i - 5]).toBeGreaterThanOrEqual(windowMs);
  });

  it("admits atomically: many processes racing for the last slots get exactly rpm", async () => {
    newPrefix();
    const budgets = Array.from({ length: 8 }, () => budget(10));
    const deadlineMs = Date.now() + 1_500;
    const results = await Promise.allSettled(
      budgets.flatMap((b) => Array.from({ length: 5 }, () => b.acquire({ deadlineMs }))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    const rejected = results.filter((r) => r.status === "rejected");
    expect(rejected).toHaveLength(30);
    for (const r of rejected) expect(r.reason).toBeInstanceOf(BudgetTimeoutError);
  });

  it("a server remaining-0 seen by one process holds back the others until the reset", async () => {
    newPrefix();
    const [a, b] = [budget(100), budget(100)];
    await b.acquire(); // connects b; one send in the window
    a.observe({ limit: 100, remaining: 0, resetAt: new Date(Date.now() + 1_500) });
    await new Promise((r) => setTimeout(r, 100)); // observe() writes to Redis in the background
    await expect(b.acquire({ deadlineMs: Date.now() + 300 })).rejects.toBeInstanceOf(BudgetTimeoutError);
    await expect(b.acquire({ deadlineMs: Date.now() + 5_000 })).resolves.toBeUndefined();
  });

  it("adopts the server's higher count for every process", async () => {
    newPrefix();
    const [a, b] = [budget(10), budget(10)];
    a.observe({ limit: 10, remaining: 4, resetAt: new Date(Date.now() + 30_000) });
    await new Promise((r) => setTimeout(r, 100));
    const deadlineMs = Date.now() + 400;
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => b.acquire({ deadlineMs })));
    expect(results.map((r) => r.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "fulfilled",
      "fulfilled",
      "rejected",
      "rejected",
    ]);
  });
});

describe("rate budget with Redis unreachable", () => {
  it("fails the acquire with a clear error instead of sending unthrottled", async () => {
    const b = createUnregisteredBudget({ rpm: 10, id: "down", redisUrl: "redis://127.0.0.1:1" });
    try {
      const error = await b.acquire().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BudgetUnavailableError);
      expect(String(error)).toMatch(/unreachable/);
    } finally {
      await b.close();
    }
  });
});
