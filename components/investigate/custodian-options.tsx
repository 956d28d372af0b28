"use client";

import type { CustodianDto } from "@/lib/schemas/investigate";
import { noMatchNotice } from "@/lib/urls/custodian-limit";

type Props = {
  id: string;
  /** What the list answers, and whether that is still the text in the box (else an Enter waits for the new search). */
  q: string;
  /** The text in the box, which a list that is not current is being searched for. */
  typed: string;
  isCurrent: boolean;
  state: { status: "pending" } | { status: "error"; message: string } | { status: "success"; matches: number };
  /** The matches not picked yet. */
  options: CustodianDto[];
  active: number;
  optionId: (c: CustodianDto) => string;
  onPick: (c: CustodianDto) => void;
  onHover: (index: number) => void;
};

/**
 * The custodian combobox's listbox: the search's state, then the people to pick (by click, or Enter in the box). A
 * list that answers another text than the one in the box stays visible but pending: its rows are dimmed, marked
 * aria-disabled and not clickable, so a quick click never picks someone the typed text does not match. The note
 * saying so comes after the rows, so that they do not move under the pointer as the list turns pending.
 */
export function CustodianOptions({
  id,
  q,
  typed,
  isCurrent,
  state,
  options,
  active,
  optionId,
  onPick,
  onHover,
}: Props) {
  const isStale = state.status === "success" && !isCurrent;
  return (
    <ul
      id={id}
      role="listbox"
      aria-label="Matching people"
      aria-busy={!isCurrent}
      // Keeps the focus in the box, so the list stays open and typing goes on after a click anywhere in it.
      onMouseDown={(e) => e.preventDefault()}
      className="absolute top-full left-0 z-30 mt-2 max-h-72 w-[min(28rem,80vw)] overflow-auto rounded-lg border border-line bg-surface p-1 shadow-card"
    >
      {state.status === "pending" ? <li className="px-3 py-2 text-sm text-muted">Searching the directory…</li> : null}
      {state.status === "error" ? (
        <li className="px-3 py-2 text-sm text-danger">Directory search failed: {state.message}</li>
      ) : null}
      {state.status === "success" && isCurrent && options.length === 0 ? (
        <li className="px-3 py-2 text-sm text-muted">{noMatchNotice(q, state.matches).text}</li>
      ) : null}
      {options.map((c, i) => (
        <li
          key={c.id}
          id={optionId(c)}
          role="option"
          aria-selected={i === active}
          aria-disabled={isStale || undefined}
          onClick={isStale ? undefined : () => onPick(c)}
          onMouseEnter={() => onHover(i)}
          className="flex cursor-pointer items-baseline justify-between gap-3 rounded-md px-3 py-1.5 text-sm aria-disabled:cursor-progress aria-disabled:opacity-50 aria-selected:bg-accent-soft"
        >
          <span className="min-w-0 truncate">
            <span className="font-medium text-fg">{c.name}</span> <span className="text-muted">{c.email}</span>
          </span>
          <span className="shrink-0 text-xs text-subtle">{c.organizationName}</span>
        </li>
      ))}
      {isStale ? (
        <li className="sticky bottom-0 bg-surface px-3 py-2 text-sm text-muted" data-testid="custodian-search-pending">
          {typed.trim() ? `Searching for “${typed.trim()}”…` : "Searching the directory…"}
        </li>
      ) : null}
    </ul>
  );
}
