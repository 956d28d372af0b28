import { SlidingWindow, WINDOW_MS } from "./rate-limit";

/** Counters behind `GET /_sim/stats`, over every /v1/compliance request that reached the server. */
export interface StatsSnapshot {
  requests_total: number;
  by_endpoint: Record<string, number>;
  by_status: Record<string, number>;
  max_requests_in_any_60s_window: number;
}

export class Stats {
  private total = 0;
  private byEndpoint = new Map<string, number>();
  private byStatus = new Map<string, number>();
  private maxWindow = 0;
  // An unbounded window: we only use it to count arrivals in the trailing 60 s.
  private window = new SlidingWindow(Number.MAX_SAFE_INTEGER);

  /** Called when a request arrives (its route template is known by then, or "METHOD (unmatched)"). */
  arrive(endpoint: string, now: number): void {
    this.total++;
    this.byEndpoint.set(endpoint, (this.byEndpoint.get(endpoint) ?? 0) + 1);
    this.window.consume(now);
    this.maxWindow = Math.max(this.maxWindow, this.window.count(now));
  }

  /** Called once per request when its status line is decided. */
  status(code: number): void {
    const key = String(code);
    this.byStatus.set(key, (this.byStatus.get(key) ?? 0) + 1);
  }

  snapshot(): StatsSnapshot {
    return {
      requests_total: this.total,
      by_endpoint: Object.fromEntries(this.byEndpoint),
      by_status: Object.fromEntries(this.byStatus),
      max_requests_in_any_60s_window: this.maxWindow,
    };
  }

  reset(): void {
    this.total = 0;
    this.byEndpoint.clear();
    this.byStatus.clear();
    this.maxWindow = 0;
    this.window.reset();
  }
}

export { WINDOW_MS };
