import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { fetchSimStats } from "../../support/budget/sim-stats";
import { runHammerProcess } from "../../support/budget/spawn-hammer";
import { KEYS } from "../../support/simulator";

// Acceptance 3a: two separate Node processes share one upstream budget through Redis. Each hammers
// the simulator as fast as its budget allows for 70 s; together they must never exceed the
// simulator's 120/min, never see a 429, and still use the budget (> 120 requests in all).
// Needs TEST_REDIS_URL (redis://127.0.0.1:6379 here). The in-process variant is shared-budget-in-process.test.ts.
const redisUrl = process.env.TEST_REDIS_URL;
const RPM = 120;
const DURATION_MS = 70_000;

describe.skipIf(!redisUrl)("one upstream budget shared by two processes through Redis", () => {
  let sim: RunningSimulator;
  const keyPrefix = `custody:test:shared-budget:${randomBytes(6).toString("hex")}:`;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, rateLimit: RPM, recordAccess: false });
  });
  afterAll(async () => {
    await sim?.close();
    const redis = new Redis(redisUrl ?? "", { lazyConnect: true });
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it("keeps both processes together within the upstream limit without a single 429", { timeout: 150_000 }, async () => {
    const env = {
      HAMMER_BASE_URL: sim.url,
      HAMMER_ACCESS_KEY: KEYS.full,
      HAMMER_BUDGET_ID: "parent-org",
      HAMMER_RPM: String(RPM),
      HAMMER_DURATION_MS: String(DURATION_MS),
      HAMMER_CONCURRENCY: "4",
      HAMMER_KEY_PREFIX: keyPrefix,
      REDIS_URL: redisUrl ?? "",
    };
    const [first, second] = await Promise.all([runHammerProcess(env), runHammerProcess(env)]);
    const stats = await fetchSimStats(sim.url);

    expect(stats.max_requests_in_any_60s_window).toBeLessThanOrEqual(RPM);
    expect(stats.by_status["429"] ?? 0).toBe(0);
    expect(first.firstError).toBeNull();
    expect(second.firstError).toBeNull();
    // Both got a share, and together they went past one window's worth: the limit was exercised.
    expect(first.ok).toBeGreaterThan(0);
    expect(second.ok).toBeGreaterThan(0);
    expect(first.sent + second.sent).toBeGreaterThan(RPM);
    expect(stats.requests_total).toBe(first.sent + second.sent);
  });
});
