/**
 * One sliding 60-second request budget (reference §8): the shared per-parent-org budget, and the extra
 * remote-session budget, are each one instance. Timestamps live in a growable ring so a million-request
 * limit costs nothing until it is used.
 */
export const WINDOW_MS = 60_000;

export interface WindowSnapshot {
  limit: number;
  remaining: number;
  /** When the oldest request in the window leaves it (a slot frees up); `now` for an empty window. */
  resetAt: number;
}

export class SlidingWindow {
  private stamps: number[] = [];
  private head = 0;

  constructor(readonly limit: number) {}

  private prune(now: number): void {
    while (this.head < this.stamps.length && this.stamps[this.head] <= now - WINDOW_MS) this.head++;
    // Compact occasionally so the array does not grow without bound.
    if (this.head > 1024 && this.head * 2 > this.stamps.length) {
      this.stamps = this.stamps.slice(this.head);
      this.head = 0;
    }
  }

  count(now: number): number {
    this.prune(now);
    return this.stamps.length - this.head;
  }

  /** True when one more request fits; does not consume. */
  hasRoom(now: number): boolean {
    return this.count(now) < this.limit;
  }

  consume(now: number): void {
    this.prune(now);
    this.stamps.push(now);
  }

  snapshot(now: number): WindowSnapshot {
    const used = this.count(now);
    const oldest = used > 0 ? this.stamps[this.head] : now;
    return {
      limit: this.limit,
      remaining: Math.max(0, this.limit - used),
      resetAt: used > 0 ? oldest + WINDOW_MS : now,
    };
  }

  /** Whole seconds until a slot frees up, at least 1 (what `retry-after` carries). */
  retryAfterSeconds(now: number): number {
    const { resetAt } = this.snapshot(now);
    return Math.max(1, Math.ceil((resetAt - now) / 1000));
  }

  reset(): void {
    this.stamps = [];
    this.head = 0;
  }
}

/** RFC 3339 without fractions, rounded UP to the second so waiting until it is always enough. */
export function formatReset(ms: number): string {
  return new Date(Math.ceil(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}
