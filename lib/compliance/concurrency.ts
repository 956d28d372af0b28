import "server-only";

/** FIFO counting semaphore: keeps at most `limit` upstream requests in flight per client. */
export class Semaphore {
  private active = 0;
  private readonly waiters: Array<{ grant: () => void; reject: (reason: unknown) => void }> = [];

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError("concurrency limit must be a positive integer");
  }

  get inFlight(): number {
    return this.active;
  }

  /** Resolves with a release function once a slot is free; rejects if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted();
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve(this.releaser());
        },
        reject,
      };
      const onAbort = () => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      // Hand the slot straight to the next waiter so a burst of releases can't over-admit.
      if (next) next.grant();
      else this.active -= 1;
    };
  }
}

export interface MapConcurrentOptions {
  concurrency: number;
  signal?: AbortSignal;
}

/**
 * Runs `fn` over `items` with at most `concurrency` calls pending, keeping results in input order.
 * Walks use this to keep several requests in flight so slow responses don't waste the rate budget.
 * On the first failure no new items start; the first error is rethrown once running ones settle.
 */
export async function mapConcurrent<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  options: MapConcurrentOptions,
): Promise<R[]> {
  const { concurrency, signal } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError("concurrency must be a positive integer");
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsync(items[Symbol.iterator]());
  const results: R[] = [];
  let nextIndex = 0;
  let failure: { error: unknown } | null = null;

  async function worker(): Promise<void> {
    while (failure === null) {
      if (signal?.aborted) {
        failure ??= { error: signal.reason };
        return;
      }
      const step = await iterator.next();
      if (step.done) return;
      const index = nextIndex++;
      try {
        results[index] = await fn(step.value, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  }

  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  if (failure !== null) throw (failure as { error: unknown }).error;
  return results;
}

function toAsync<T>(iterator: Iterator<T>): AsyncIterator<T> {
  return { next: async () => iterator.next() };
}
