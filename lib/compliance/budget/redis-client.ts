import "server-only";
import { createHash } from "node:crypto";
import { Redis } from "ioredis";

/**
 * A Redis connection for the budget. lazyConnect: nothing happens until the first acquire.
 * maxRetriesPerRequest 1 + a short connectTimeout: with Redis down, a command fails within
 * seconds (and the acquire with it) instead of queueing forever.
 */
export function connectBudgetRedis(url: string, onError: (error: Error) => void): Redis {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: true,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  // Without a listener ioredis reports connection errors as unhandled; acquire() rejects instead.
  redis.on("error", onError);
  return redis;
}

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/** EVALSHA with an EVAL fallback on NOSCRIPT (after a Redis restart or on a fresh server). */
export function scriptRunner(redis: Redis, script: string) {
  const sha = sha1(script);
  return async (keys: string[], args: Array<string | number>): Promise<unknown> => {
    try {
      return await redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("NOSCRIPT")) {
        return redis.eval(script, keys.length, ...keys, ...args);
      }
      throw error;
    }
  };
}
