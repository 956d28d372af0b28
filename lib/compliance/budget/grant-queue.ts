import "server-only";
import { BudgetClosedError, BudgetTimeoutError } from "./errors";
import type { AcquireOptions } from "./types";

/**
 * Asks the backend for one slot: 0 (or less) means a slot was taken for the head waiter,
 * otherwise how many ms until one may free up. May throw (e.g. Redis down).
 */
export type TryAdmit = () => number | Promise<number>;

export interface GrantQueueOptions {
  budgetId: string;
  tryAdmit: TryAdmit;
  now: () => number;
  /** Added to each wait; processes sharing a Redis budget use it so they don't all retry at once. */
  jitterMs?: () => number;
  /** Turns a tryAdmit failure into the error every queued caller receives. */
  mapError?: (error: unknown) => Error;
}

interface Waiter {
  grant(): void;
  fail(error: unknown): void;
}

/**
 * FIFO queue of callers waiting for the rate budget. A single pump loop hands out slots strictly in
 * arrival order, so a burst of new callers can't overtake ones already waiting. A caller that gives
 * up (deadline, abort) leaves the queue at once and the next one moves up; nothing stalls.
 */
export class GrantQueue {
  private readonly waiters: Waiter[] = [];
  private pumping = false;
  private closed = false;
  private sleepTimer: ReturnType<typeof setTimeout> | undefined;
  private wakeSleeper: (() => void) | undefined;

  constructor(private readonly opts: GrantQueueOptions) {}

  get size(): number {
    return this.waiters.length;
  }

  enqueue(options: AcquireOptions = {}): Promise<void> {
    const { signal, deadlineMs } = options;
    if (this.closed) return Promise.reject(new BudgetClosedError(this.opts.budgetId));
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (deadlineMs !== undefined && deadlineMs <= this.opts.now()) {
      return Promise.reject(new BudgetTimeoutError(this.opts.budgetId, deadlineMs));
    }
    return new Promise<void>((resolve, reject) => {
      let deadlineTimer: ReturnType<typeof setTimeout> | undefined;
      const settle = () => {
        clearTimeout(deadlineTimer);
        signal?.removeEventListener("abort", onAbort);
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        // Nobody left: end the pump's sleep so an idle budget holds no timer.
        if (this.waiters.length === 0) this.wake();
      };
      const waiter: Waiter = {
        grant: () => (settle(), resolve()),
        fail: (error) => (settle(), reject(error)),
      };
      const onAbort = () => waiter.fail(signal?.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      if (deadlineMs !== undefined) {
        deadlineTimer = setTimeout(
          () => waiter.fail(new BudgetTimeoutError(this.opts.budgetId, deadlineMs)),
          Math.max(0, deadlineMs - this.opts.now()),
        );
      }
      this.waiters.push(waiter);
      void this.pump();
    });
  }

  /** Budget state changed (e.g. a server observation): re-check now instead of at the planned time. */
  wake(): void {
    this.wakeSleeper?.();
  }

  /** Rejects everyone still waiting; later enqueues reject too. */
  close(): void {
    this.closed = true;
    for (const waiter of [...this.waiters]) waiter.fail(new BudgetClosedError(this.opts.budgetId));
    this.wake();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiters.length > 0 && !this.closed) {
        let waitMs: number;
        try {
          waitMs = await this.opts.tryAdmit();
        } catch (error) {
          const mapped = this.opts.mapError ? this.opts.mapError(error) : error;
          for (const waiter of [...this.waiters]) waiter.fail(mapped);
          break;
        }
        if (waitMs <= 0) {
          // If the head left while an async admission ran, the slot goes to the next in line;
          // with nobody left it is simply unused (costs throughput, never correctness).
          this.waiters[0]?.grant();
          continue;
        }
        await this.sleep(waitMs + (this.opts.jitterMs?.() ?? 0));
      }
    } finally {
      this.pumping = false;
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(this.sleepTimer);
        this.sleepTimer = undefined;
        this.wakeSleeper = undefined;
        resolve();
      };
      this.wakeSleeper = done;
      this.sleepTimer = setTimeout(done, ms);
    });
  }
}
