/** First page of every cursor list: no cursor. Typed once so infinite queries infer `string | null` page params. */
export const FIRST_PAGE: string | null = null;

/** `getNextPageParam` for our `{ nextCursor }` pages; undefined ends the list. */
export function nextPageParam(last: { nextCursor: string | null }): string | null | undefined {
  return last.nextCursor ?? undefined;
}
