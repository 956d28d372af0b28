import "server-only";
import { PaginationError } from "../errors";

/** How one pagination style reads a page; `cursor` is after_id or the page token. */
export interface WalkDriver<TPage, TItem> {
  route: string;
  fetch(cursor: string | undefined): Promise<TPage>;
  items(page: TPage): readonly TItem[];
  /** Where the next page starts, or null when the walk is complete. */
  next(page: TPage): string | null;
  /** Identity used by the seen-twice guard; null for records without an id (e.g. permissions). */
  itemId(item: TItem): string | null;
}

export interface WalkOptions {
  /** Cursor to continue from (from a stored checkpoint). */
  resumeCursor?: string;
  /** Ids remembered for the seen-twice guard (bounded so million-record walks stay small). */
  maxRememberedIds?: number;
  /** Consecutive empty pages tolerated while a cursor is still handed out (sessions can do this, §3). */
  maxEmptyPages?: number;
}

/** One page plus the cursor to resume after it; `nextCursor` null means the walk is complete. */
export interface WalkStep<TPage> {
  page: TPage;
  nextCursor: string | null;
}

/**
 * Drives any pagination style with the §3 guards: a cursor that does not move, or an id seen
 * twice, stops the walk with a PaginationError instead of looping forever (the SDK's failure).
 * Retries happen below this layer with the same cursor, so a retried page never advances it.
 */
export async function* walkPages<TPage, TItem>(
  driver: WalkDriver<TPage, TItem>,
  options: WalkOptions = {},
): AsyncGenerator<WalkStep<TPage>> {
  const seen = new RecentIds(options.maxRememberedIds ?? 200_000);
  const maxEmpty = options.maxEmptyPages ?? 50;
  let cursor = options.resumeCursor;
  let emptyStreak = 0;
  while (true) {
    const page = await driver.fetch(cursor);
    const items = driver.items(page);
    for (const item of items) {
      const id = driver.itemId(item);
      if (id === null) continue;
      if (seen.has(id))
        throw guardError(driver.route, `id ${id} appeared twice in one walk (server bug or concurrent change)`);
      seen.add(id);
    }
    const next = driver.next(page);
    if (next !== null && next === cursor)
      throw guardError(driver.route, "the cursor did not move: the server returned the cursor it was given");
    emptyStreak = items.length === 0 && next !== null ? emptyStreak + 1 : 0;
    if (emptyStreak > maxEmpty)
      throw guardError(driver.route, `${emptyStreak} empty pages in a row while the server kept handing out cursors`);
    yield { page, nextCursor: next };
    if (next === null) return;
    cursor = next;
  }
}

function guardError(route: string, message: string): PaginationError {
  return new PaginationError({
    status: null,
    type: "pagination_error",
    message: `${route}: ${message}`,
    endpoint: route,
  });
}

/** A set that forgets the oldest ids past `capacity` (insertion order). */
class RecentIds {
  private readonly ids = new Set<string>();
  constructor(private readonly capacity: number) {}
  has(id: string): boolean {
    return this.ids.has(id);
  }
  add(id: string): void {
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next();
      if (!oldest.done) this.ids.delete(oldest.value);
    }
  }
}
