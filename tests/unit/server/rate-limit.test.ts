import { describe, expect, it } from "vitest";
import { FallbackRateLimiter } from "@/lib/server/rate-limit/fallback-limiter";
import { MemoryRateLimiter } from "@/lib/server/rate-limit/memory-limiter";
import { limitRules } from "@/lib/server/rate-limit";
import type { RateLimiter } from "@/lib/server/rate-limit/types";

describe("sliding-window rate limiter (in memory)", () => {
  it("allows `limit` requests per window per key, then tells when to retry", async () => {
    let now = 1_000_000;
    const limiter = new MemoryRateLimiter(() => now);
    const results = [];
    for (let i = 0; i < 3; i++) {
      results.push(await limiter.hit("u1", 3, 60_000));
      now += 10_000;
    }
    expect(results.map((r) => [r.allowed, r.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
    ]);
    const refused = await limiter.hit("u1", 3, 60_000);
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 30, resetAt: 1_060_000 });
    expect((await limiter.hit("u2", 3, 60_000)).allowed).toBe(true);
  });

  it("slides: a slot frees up as soon as the oldest request leaves the window", async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(() => now);
    await limiter.hit("k", 2, 1000);
    now = 500;
    await limiter.hit("k", 2, 1000);
    now = 999;
    expect((await limiter.hit("k", 2, 1000)).allowed).toBe(false);
    now = 1001;
    expect((await limiter.hit("k", 2, 1000)).allowed).toBe(true);
    expect((await limiter.hit("k", 2, 1000)).allowed).toBe(false);
  });

  it("derives stricter classes for downloads and exports from the configured rate", () => {
    const rules = limitRules(300);
    expect(rules.default).toEqual({ limit: 300, windowMs: 60_000 });
    expect(rules.download.limit).toBe(60);
    expect(rules.export.limit).toBe(10);
    expect(limitRules(1).export.limit).toBe(1);
  });

  it("falls back to a local limiter while the shared one fails", async () => {
    const broken: RateLimiter = { hit: async () => Promise.reject(new Error("ECONNREFUSED")) };
    const limiter = new FallbackRateLimiter(broken, new MemoryRateLimiter());
    const original = console.error;
    console.error = () => {};
    try {
      expect((await limiter.hit("k", 1, 1000)).allowed).toBe(true);
      expect((await limiter.hit("k", 1, 1000)).allowed).toBe(false);
    } finally {
      console.error = original;
    }
  });
});
