import "server-only";
import { GrantQueue } from "./grant-queue";
import { LocalWindow } from "./local-window";
import { blockedUntilFrom, LastObservation, serverUsed, standInExpiries, type Observation } from "./server-view";
import type { AcquireOptions, RateBudget, RateLimitSnapshot } from "./types";
import { reconcileGraceMs, sendMarginMs } from "./window-math";

export interface MemoryBudgetOptions {
  id: string;
  rpm: number;
  windowMs: number;
  now: () => number;
}

/**
 * The in-process budget: `rpm` sends in any sliding window (plus a small send margin, see
 * sendMarginMs), never a burst beyond it. The server's headers can only make it stricter.
 */
export class MemoryRateBudget implements RateBudget {
  private readonly window: LocalWindow;
  private readonly queue: GrantQueue;
  private readonly server = new LastObservation();
  private blockedUntil = 0;

  constructor(private readonly opts: MemoryBudgetOptions) {
    this.window = new LocalWindow(opts.windowMs + sendMarginMs(opts.windowMs), reconcileGraceMs(opts.windowMs));
    this.queue = new GrantQueue({ budgetId: opts.id, now: opts.now, tryAdmit: () => this.tryAdmit() });
  }

  acquire(options?: AcquireOptions): Promise<void> {
    return this.queue.enqueue(options);
  }

  observe(s: Observation): void {
    const now = this.opts.now();
    this.server.record(s, now);
    const blocked = blockedUntilFrom(s, now);
    if (blocked !== null) this.blockedUntil = Math.max(this.blockedUntil, blocked);
    // The server sees every consumer of the parent org; we only see ourselves. If it counts more
    // sends than we do (even allowing for its later timestamps), adopt its count with stand-ins.
    const used = serverUsed(s);
    if (used !== null) {
      const deficit = used - this.window.countWithGrace(now);
      if (deficit > 0) {
        for (const expiry of standInExpiries(deficit, now, s.resetAt, this.opts.windowMs))
          this.window.addExpiringAt(expiry);
      }
    }
    this.queue.wake();
  }

  snapshot(): RateLimitSnapshot {
    return this.server.snapshot();
  }

  async close(): Promise<void> {
    this.queue.close();
  }

  private tryAdmit(): number {
    const now = this.opts.now();
    if (this.blockedUntil > now) return this.blockedUntil - now;
    const wait = this.window.waitForRoom(now, this.server.limit(this.opts.rpm));
    if (wait === 0) this.window.add(now);
    return wait;
  }
}
