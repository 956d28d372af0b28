import { BUTTON_INLINE } from "./controls";

/** Fetches the next page of an infinite list; disabled while that page loads so it is asked for once. */
export function LoadMoreButton({ onLoadMore, isLoading }: { onLoadMore: () => unknown; isLoading: boolean }) {
  return (
    <button
      type="button"
      onClick={() => void onLoadMore()}
      disabled={isLoading}
      className={`px-3 ${BUTTON_INLINE} disabled:opacity-60`}
    >
      {isLoading ? "Loading…" : "Load more"}
    </button>
  );
}
