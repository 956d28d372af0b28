import "server-only";
import { walkPages, type WalkDriver, type WalkOptions } from "./page-walk";

export interface CursorCheckpoint {
  after_id: string;
}
export interface PageCheckpoint {
  page: string;
}
export interface IterateOptions<TCheckpoint> {
  /** Continue a walk from a checkpoint stored earlier. */
  resume?: TCheckpoint | null;
  signal?: AbortSignal;
  maxRememberedIds?: number;
  maxEmptyPages?: number;
}

/**
 * An async iterable of pages that remembers where it stopped. `checkpoint` is the position after
 * the last page handed out (null once the walk is complete); persist it only after storing the
 * page, then pass it back as `resume` to continue.
 */
export class PageIterator<TPage, TItem, TCheckpoint> implements AsyncIterable<TPage> {
  private position: TCheckpoint | null;
  private finished = false;

  constructor(
    private readonly driver: WalkDriver<TPage, TItem>,
    private readonly codec: { encode(cursor: string): TCheckpoint; decode(checkpoint: TCheckpoint): string },
    private readonly options: IterateOptions<TCheckpoint> = {},
  ) {
    this.position = options.resume ?? null;
  }

  /** Position to resume after the last page yielded; null when complete (or not started without resume). */
  get checkpoint(): TCheckpoint | null {
    return this.position;
  }

  get done(): boolean {
    return this.finished;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<TPage> {
    const walkOptions: WalkOptions = {
      resumeCursor: this.options.resume ? this.codec.decode(this.options.resume) : undefined,
      maxRememberedIds: this.options.maxRememberedIds,
      maxEmptyPages: this.options.maxEmptyPages,
    };
    for await (const step of walkPages(this.driver, walkOptions)) {
      this.position = step.nextCursor === null ? null : this.codec.encode(step.nextCursor);
      this.finished = step.nextCursor === null;
      yield step.page;
      this.options.signal?.throwIfAborted();
    }
  }

  /** Every item across pages, in server order. */
  async *items(): AsyncGenerator<TItem> {
    for await (const page of this) yield* this.driver.items(page);
  }

  /** Collects every item (for small walks and tests; big walks should stream pages). */
  async toArray(): Promise<TItem[]> {
    const out: TItem[] = [];
    for await (const item of this.items()) out.push(item);
    return out;
  }
}

const cursorCodec = {
  encode: (after_id: string): CursorCheckpoint => ({ after_id }),
  decode: (cp: CursorCheckpoint) => cp.after_id,
};
const pageCodec = { encode: (page: string): PageCheckpoint => ({ page }), decode: (cp: PageCheckpoint) => cp.page };

/**
 * Cursor style (A1, C1, C2): `fetch(afterId)` gets one page; the walk continues with
 * after_id = last_id while has_more. Every item has an id, so the seen-twice guard always applies.
 */
export function cursorIterator<
  TPage extends { has_more: boolean; last_id: string | null },
  TItem extends { id: string },
>(
  route: string,
  fetch: (afterId: string | undefined) => Promise<TPage>,
  items: (page: TPage) => readonly TItem[],
  options: IterateOptions<CursorCheckpoint> = {},
): PageIterator<TPage, TItem, CursorCheckpoint> {
  const next = (page: TPage) => (page.has_more && page.last_id ? page.last_id : null);
  return new PageIterator({ route, fetch, items, next, itemId: (item) => item.id }, cursorCodec, options);
}

/**
 * Page-token style (directory, projects, sessions, code artifacts): `fetch(page)` gets one page;
 * the walk continues while next_page is set (pages may be short or empty meanwhile).
 */
export function tokenIterator<TPage extends { next_page: string | null; data: readonly unknown[] }>(
  route: string,
  fetch: (page: string | undefined) => Promise<TPage>,
  itemId: (item: TPage["data"][number]) => string | null,
  options: IterateOptions<PageCheckpoint> = {},
): PageIterator<TPage, TPage["data"][number], PageCheckpoint> {
  return new PageIterator(
    { route, fetch, items: (page: TPage) => page.data, next: (page: TPage) => page.next_page, itemId },
    pageCodec,
    options,
  );
}
