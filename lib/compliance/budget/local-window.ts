import "server-only";

/**
 * Sliding-window log of send timestamps for the in-process budget: a send counts against the
 * window while `now < stamp + windowMs`. Stamps that left the window are kept for `graceMs` more,
 * for comparing with the server's count (see reconcileGraceMs). Stamps are appended in time order;
 * a clock step backwards only makes a stamp live a little longer, which errs on the safe side.
 */
export class LocalWindow {
  private stamps: number[] = [];
  private head = 0;

  constructor(
    private readonly windowMs: number,
    private readonly graceMs: number,
  ) {}

  private prune(now: number): void {
    const horizon = now - this.windowMs - this.graceMs;
    while (this.head < this.stamps.length && this.stamps[this.head] <= horizon) this.head++;
    if (this.head > 1024 && this.head * 2 > this.stamps.length) {
      this.stamps = this.stamps.slice(this.head);
      this.head = 0;
    }
  }

  /** Index of the first stamp still counting at `now` after `extraMs` of grace. */
  private firstLive(now: number, extraMs: number): number {
    this.prune(now);
    const horizon = now - this.windowMs - extraMs;
    let i = this.head;
    while (i < this.stamps.length && this.stamps[i] <= horizon) i++;
    return i;
  }

  /** Sends in the window at `now`. */
  count(now: number): number {
    return this.stamps.length - this.firstLive(now, 0);
  }

  /** Sends in the window at `now`, plus those that left it less than graceMs ago. */
  countWithGrace(now: number): number {
    return this.stamps.length - this.firstLive(now, this.graceMs);
  }

  /** ms until the window holds fewer than `limit` sends (0 when it already does). */
  waitForRoom(now: number, limit: number): number {
    const first = this.firstLive(now, 0);
    const live = this.stamps.length - first;
    if (live < limit) return 0;
    // The (live - limit + 1)-th oldest has to leave before one more fits.
    const leaving = this.stamps[first + (live - limit)];
    return Math.max(1, leaving + this.windowMs - now);
  }

  add(now: number, n = 1): void {
    for (let i = 0; i < n; i++) this.stamps.push(now);
  }

  /** Adds a send that leaves the window at `expiresAt` (a stand-in for a send we didn't make). */
  addExpiringAt(expiresAt: number): void {
    const stamp = expiresAt - this.windowMs;
    // Keep time order: binary search for the insertion point among live stamps.
    let lo = this.head;
    let hi = this.stamps.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.stamps[mid] <= stamp) lo = mid + 1;
      else hi = mid;
    }
    this.stamps.splice(lo, 0, stamp);
  }
}
