import "server-only";
import type { ComplianceClient, IterateActivitiesParams, UpstreamActivity } from "@/lib/compliance";

/**
 * Where one of the A1 requests of a split query stands: "" from its start, an upstream cursor or the id of the last
 * event taken from it (A1 accepts a raw activity id as `after_id`, reference §3), or null once read to the end.
 */
export type FeedPosition = string | null;

type Part = {
  params: IterateActivitiesParams;
  position: FeedPosition;
  walk: ReturnType<ComplianceClient["activities"]["iterate"]> | null;
  pages: AsyncIterator<{ data: UpstreamActivity[] }> | null;
  buffer: UpstreamActivity[];
  next: number;
};

/** Newest first, as A1 sorts; equal times by id, so the merge is deterministic. */
function isNewer(a: UpstreamActivity, b: UpstreamActivity): boolean {
  const d = Date.parse(a.created_at) - Date.parse(b.created_at);
  return d !== 0 ? d > 0 : a.id > b.id;
}

/**
 * Several A1 walks over disjoint sets of types, read as one feed, newest first. Each walk fetches a page only when
 * its buffer is empty, and `positions` says where each stands after the events taken so far, so a list page can
 * stop mid-page and the next request resume every walk exactly there. With one walk this is the plain feed.
 */
export class MergedFeed {
  private readonly parts: Part[];

  constructor(
    private readonly client: ComplianceClient,
    queries: readonly IterateActivitiesParams[],
    private readonly pageSize: number,
    starts?: readonly FeedPosition[],
  ) {
    this.parts = queries.map((params, i) => ({
      params,
      position: starts ? starts[i] : "",
      walk: null,
      pages: null,
      buffer: [],
      next: 0,
    }));
  }

  get positions(): FeedPosition[] {
    return this.parts.map((p) => p.position);
  }

  /** True when any walk holds or may still fetch another event (never fetches to find out). */
  get hasMore(): boolean {
    return this.parts.some((p) => p.next < p.buffer.length || (p.position !== null && !p.walk?.done));
  }

  /** The next event across every walk, or undefined at the end. */
  async take(): Promise<UpstreamActivity | undefined> {
    const empty = this.parts.filter((p) => p.next >= p.buffer.length && p.position !== null);
    if (empty.length) await Promise.all(empty.map((p) => this.fill(p)));
    let best: Part | undefined;
    for (const p of this.parts)
      if (p.next < p.buffer.length && (!best || isNewer(p.buffer[p.next], best.buffer[best.next]))) best = p;
    if (!best) return undefined;
    const item = best.buffer[best.next++];
    // Mid-page, resume after this event; at the page's end, where the upstream said the walk goes on (or stops).
    best.position = best.next < best.buffer.length ? item.id : this.afterPage(best);
    return item;
  }

  private afterPage(p: Part): FeedPosition {
    return p.walk?.done ? null : (p.walk?.checkpoint?.after_id ?? p.position);
  }

  private async fill(p: Part): Promise<void> {
    while (p.next >= p.buffer.length && p.position !== null) {
      if (!p.pages) {
        p.walk = this.client.activities.iterate(
          { ...p.params, limit: this.pageSize },
          { resume: p.position ? { after_id: p.position } : undefined },
        );
        p.pages = p.walk[Symbol.asyncIterator]();
      }
      const step = await p.pages.next();
      p.buffer = step.done ? [] : step.value.data;
      p.next = 0;
      // An empty page ends the walk or, if the upstream hands out a cursor anyway, moves past it.
      if (step.done) p.position = null;
      else if (!p.buffer.length) p.position = this.afterPage(p);
    }
  }
}
