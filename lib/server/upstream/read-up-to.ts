import "server-only";

/** What a paged upstream walk (the client's PageIterator) offers: its pages, and whether the last one was read. */
export type PagedWalk<TItem> = AsyncIterable<{ data: readonly TItem[] }> & { readonly done: boolean };

/**
 * Reads a walk's items up to `cap`; `more` says whether it held any beyond. Stops on the page that reaches the
 * cap: whether more remain is known from that page (or the walk), so no page is fetched just to find out.
 */
export async function readUpTo<TItem>(walk: PagedWalk<TItem>, cap: number): Promise<{ items: TItem[]; more: boolean }> {
  const items: TItem[] = [];
  for await (const page of walk) {
    items.push(...page.data);
    if (items.length >= cap) return { items: items.slice(0, cap), more: items.length > cap || !walk.done };
  }
  return { items, more: false };
}
