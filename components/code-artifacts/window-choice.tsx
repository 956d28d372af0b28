"use client";

/**
 * Whether the time window applies to code artifacts. Off by default: CA1 lists by artifact id, not by time, and its
 * `updated_at` filter is eventually consistent and never matches artifacts published before the field existed, so
 * only the unfiltered list is complete. The analyst can still narrow to recent changes, knowing what it misses.
 */
export function WindowChoice({
  isApplied,
  isUpdating,
  onChange,
}: {
  isApplied: boolean;
  isUpdating: boolean;
  onChange: (isApplied: boolean) => void;
}) {
  return (
    <div className="rounded-xl border border-line bg-surface px-5 py-3.5 text-sm" aria-busy={isUpdating}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <label className="flex items-center gap-2 font-medium text-fg">
          <input
            type="checkbox"
            checked={isApplied}
            onChange={(e) => onChange(e.currentTarget.checked)}
            className="size-4 accent-accent"
            data-testid="code-artifacts-window"
          />
          Only artifacts updated in the time window
        </label>
        <span role="status" className="text-muted">
          {isUpdating ? "Updating the list…" : null}
        </span>
      </div>
      <p className="mt-1 text-muted" data-testid="code-artifacts-scope">
        {isApplied
          ? "Filtered on when each artifact was last updated. The Compliance API applies this filter with a " +
            "delay, and artifacts published before it recorded update times never match: clear it for the " +
            "complete list."
          : "Every artifact the custodians own is listed, whatever the time window above, in the Compliance API's order (by artifact id, not by time)."}
      </p>
    </div>
  );
}
