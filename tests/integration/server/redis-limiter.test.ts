import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import Redis from "ioredis";
import { RedisRateLimiter } from "@/lib/server/rate-limit/redis-limiter";

// Needs a Redis: TEST_REDIS_URL=redis://127.0.0.1:6379 (keys are prefixed per run and expire by themselves).
const url = process.env.TEST_REDIS_URL;

describe.skipIf(!url)("sliding-window limiter shared through Redis", () => {
  const prefix = `custody:test:${randomBytes(4).toString("hex")}:`;
  const clients: Redis[] = [];
  const limiter = () => {
    const redis = new Redis(url ?? "", { lazyConnect: true });
    clients.push(redis);
    return new RedisRateLimiter(redis, prefix);
  };
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit()));
  });

  it("shares one count between limiters (app processes) and refuses past the limit", async () => {
    const a = limiter();
    const b = limiter();
    const results = [await a.hit("u1", 3, 60_000), await b.hit("u1", 3, 60_000), await a.hit("u1", 3, 60_000)];
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0]);
    const refused = await b.hit("u1", 3, 60_000);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect((await b.hit("u2", 3, 60_000)).allowed).toBe(true);
  });

  it("counts concurrent hits atomically", async () => {
    const a = limiter();
    const results = await Promise.all(Array.from({ length: 20 }, () => a.hit("burst", 7, 60_000)));
    expect(results.filter((r) => r.allowed)).toHaveLength(7);
  });

  it("frees slots once they leave the window", async () => {
    const a = limiter();
    expect((await a.hit("short", 1, 50)).allowed).toBe(true);
    expect((await a.hit("short", 1, 50)).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 80));
    expect((await a.hit("short", 1, 50)).allowed).toBe(true);
  });
});
