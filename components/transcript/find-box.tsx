"use client";

import { useEffect, useRef } from "react";

type Props = {
  query: string;
  onQuery: (q: string) => void;
  matchCount: number;
  current: number;
  onNext: (step: 1 | -1) => void;
  onClose: () => void;
  /** Changes each time find is asked for (Ctrl+F again included): focus the box and select its text. */
  focusTick: number;
};

/** In-page find over the loaded messages (the browser's own find can't see virtualised rows). */
export function FindBox({ query, onQuery, matchCount, current, onNext, onClose, focusTick }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [focusTick]);
  return (
    <div
      role="search"
      className="flex items-center gap-2 rounded-lg border border-line-strong bg-surface px-2 py-1.5 shadow-card"
      data-testid="find-box"
    >
      <input
        ref={ref}
        type="search"
        aria-label="Find in transcript"
        placeholder="Find in loaded messages"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            onNext(e.shiftKey ? -1 : 1);
          } else if (e.key === "Escape") onClose();
        }}
        className="h-7 w-64 bg-transparent text-sm text-fg outline-none placeholder:text-subtle"
      />
      <span className="text-xs text-muted tabular-nums" aria-live="polite" data-testid="find-count">
        {!query.trim()
          ? ""
          : !matchCount
            ? "No matches"
            : current >= 0
              ? `${(current + 1).toLocaleString("en")} of ${matchCount.toLocaleString("en")}`
              : `${matchCount.toLocaleString("en")} matches`}
      </span>
      <button
        type="button"
        onClick={() => onNext(-1)}
        disabled={!matchCount}
        className="rounded px-1.5 text-sm text-muted hover:text-fg disabled:opacity-50"
        aria-label="Previous match"
      >
        ↑
      </button>
      <button
        type="button"
        onClick={() => onNext(1)}
        disabled={!matchCount}
        className="rounded px-1.5 text-sm text-muted hover:text-fg disabled:opacity-50"
        aria-label="Next match"
      >
        ↓
      </button>
      <button
        type="button"
        onClick={onClose}
        className="rounded px-1.5 text-sm text-muted hover:text-fg"
        aria-label="Close find"
      >
        ×
      </button>
    </div>
  );
}
