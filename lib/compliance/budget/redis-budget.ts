import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { BudgetUnavailableError } from "./errors";
import { GrantQueue } from "./grant-queue";
import { connectBudgetRedis, scriptRunner } from "./redis-client";
import { ADMIT_SCRIPT, BLOCK_SCRIPT, RECONCILE_SCRIPT } from "./redis-scripts";
import { blockedUntilFrom, LastObservation, serverUsed, type Observation } from "./server-view";
import type { AcquireOptions, RateBudget, RateLimitSnapshot } from "./types";
import { reconcileGraceMs, sendMarginMs } from "./window-math";

export interface RedisBudgetOptions {
  id: string;
  rpm: number;
  windowMs: number;
  redisUrl: string;
  keyPrefix: string;
  now: () => number;
}

const AdmitReply = z.tuple([z.number().int(), z.number(), z.number().int()]);
const MAX_JITTER_MS = 15;

/**
 * The budget shared by every process pointing at the same Redis and budget id: a sliding-window
 * log in one sorted set, admitted atomically by a Lua script on Redis's own clock. Callers queue
 * FIFO inside this process; the head polls Redis when the script says a slot frees.
 */
export class RedisRateBudget implements RateBudget {
  private readonly redis;
  private readonly queue: GrantQueue;
  private readonly keys: { log: string; blocked: string };
  private readonly windowMs: number;
  private readonly graceMs: number;
  private readonly admit;
  private readonly block;
  private readonly reconcile;
  private readonly memberPrefix = randomUUID();
  private readonly server = new LastObservation();
  private seq = 0;
  private lastCount = 0;
  private lastRedisError: Error | null = null;

  constructor(private readonly opts: RedisBudgetOptions) {
    // The hash tag keeps both keys in one slot, so the scripts also work on a Redis Cluster.
    const base = `${opts.keyPrefix}{${opts.id}}`;
    this.keys = { log: `${base}:log`, blocked: `${base}:blocked-until` };
    this.windowMs = opts.windowMs + sendMarginMs(opts.windowMs);
    this.graceMs = reconcileGraceMs(opts.windowMs);
    this.redis = connectBudgetRedis(opts.redisUrl, (error) => (this.lastRedisError = error));
    this.admit = scriptRunner(this.redis, ADMIT_SCRIPT);
    this.block = scriptRunner(this.redis, BLOCK_SCRIPT);
    this.reconcile = scriptRunner(this.redis, RECONCILE_SCRIPT);
    this.queue = new GrantQueue({
      budgetId: opts.id,
      now: opts.now,
      tryAdmit: () => this.tryAdmit(),
      jitterMs: () => Math.random() * MAX_JITTER_MS,
      mapError: (error) => new BudgetUnavailableError(opts.id, { cause: this.lastRedisError ?? error }),
    });
  }

  acquire(options?: AcquireOptions): Promise<void> {
    return this.queue.enqueue(options);
  }

  observe(s: Observation): void {
    const now = this.opts.now();
    this.server.record(s, now);
    // Shared through Redis so every process honours what any one of them was told. Failures are
    // ignored here: the next acquire hits the same Redis and reports the problem to its caller.
    const blocked = blockedUntilFrom(s, now);
    if (blocked !== null) {
      this.block([this.keys.blocked], [blocked]).then(
        () => this.queue.wake(),
        () => undefined,
      );
    }
    const used = serverUsed(s);
    // Our last admission saw `lastCount` sends; only ask Redis when the server plainly counts more.
    if (used !== null && used > this.lastCount) {
      this.reconcile(
        [this.keys.log],
        [
          used,
          this.windowMs,
          this.graceMs,
          `${this.memberPrefix}:r${this.seq++}`,
          s.resetAt?.getTime() ?? 0,
          this.opts.windowMs,
        ],
      ).then(
        (added) => {
          if (typeof added === "number" && added > 0) this.lastCount = used;
        },
        () => undefined,
      );
    }
  }

  snapshot(): RateLimitSnapshot {
    return this.server.snapshot();
  }

  async close(): Promise<void> {
    this.queue.close();
    // Never connected (lazyConnect) or already gone: quit() would connect just to say goodbye.
    if (this.redis.status === "wait" || this.redis.status === "end") return this.redis.disconnect();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private async tryAdmit(): Promise<number> {
    const limit = this.server.limit(this.opts.rpm);
    const member = `${this.memberPrefix}:${this.seq++}`;
    const reply = AdmitReply.parse(
      await this.admit([this.keys.log, this.keys.blocked], [limit, this.windowMs, this.graceMs, member]),
    );
    const [admitted, waitMs, count] = reply;
    if (count >= 0) this.lastCount = count;
    return admitted === 1 ? 0 : Math.max(1, waitMs);
  }
}
