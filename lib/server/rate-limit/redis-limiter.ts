import "server-only";
import Redis from "ioredis";
import { toResult, type RateLimiter, type RateLimitResult } from "./types";

// Atomic in Redis: prune, count, maybe add. Uses the server clock so several app servers agree.
const SLIDING_WINDOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
local allowed = 0
if count < limit then
  redis.call('ZADD', KEYS[1], now, now .. '-' .. ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  count = count + 1
  allowed = 1
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local oldestScore = now
if oldest[2] then oldestScore = tonumber(oldest[2]) end
return {allowed, count, oldestScore, now}
`;

/** Sliding-window limiter shared by every app process through Redis (sorted set per key). */
export class RedisRateLimiter implements RateLimiter {
  private seq = 0;

  constructor(
    private readonly redis: Redis,
    private readonly prefix = "custody:rl:",
  ) {}

  static fromUrl(url: string): RedisRateLimiter {
    const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 1 });
    // Without a listener ioredis reports connection errors as unhandled; hit() rejects instead.
    redis.on("error", (err: Error) => console.error("[rate-limit] redis:", err.message));
    return new RedisRateLimiter(redis);
  }

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const member = `${process.pid}-${++this.seq}-${Math.random().toString(36).slice(2)}`;
    const reply = await this.redis.eval(SLIDING_WINDOW, 1, this.prefix + key, windowMs, limit, member);
    if (!Array.isArray(reply) || reply.length !== 4 || !reply.every((v) => typeof v === "number")) {
      throw new Error("Unexpected rate limiter reply from Redis");
    }
    const [allowed, count, oldest, now] = reply;
    return toResult(allowed === 1, limit, count, oldest, windowMs, now);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
