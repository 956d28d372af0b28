"use client";

import type { CustodianDto } from "@/lib/schemas/investigate";
import { noMatchNotice } from "@/lib/urls/custodian-limit";

type Props = {
  id: string;
  /** What the list answers, and whether that is still the text in the box (else an Enter waits for the new search). */
  q: string;
  isCurrent: boolean;
  state: { status: "pending" } | { status: "error"; message: string } | { status: "success"; matches: number };
  /** The matches not picked yet. */
  options: CustodianDto[];
  active: number;
  optionId: (c: CustodianDto) => string;
  onPick: (c: CustodianDto) => void;
  onHover: (index: number) => void;
};

/** The custodian combobox's listbox: the search's state, then the people to pick (by click, or Enter in the box). */
export function CustodianOptions({ id, q, isCurrent, state, options, active, optionId, onPick, onHover }: Props) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label="Matching people"
      aria-busy={!isCurrent}
      className="absolute top-full left-0 z-30 mt-2 max-h-72 w-[min(28rem,80vw)] overflow-auto rounded-lg border border-line bg-surface p-1 shadow-card"
    >
      {state.status === "pending" ? <li className="px-3 py-2 text-sm text-muted">Searching the directory…</li> : null}
      {state.status === "error" ? (
        <li className="px-3 py-2 text-sm text-danger">Directory search failed: {state.message}</li>
      ) : null}
      {state.status === "success" && options.length === 0 ? (
        <li className="px-3 py-2 text-sm text-muted">{noMatchNotice(q, state.matches).text}</li>
      ) : null}
      {options.map((c, i) => (
        <li
          key={c.id}
          id={optionId(c)}
          role="option"
          aria-selected={i === active}
          // Keeps the focus in the box, so the list stays open and typing goes on after a click.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(c)}
          onMouseEnter={() => onHover(i)}
          className="flex cursor-pointer items-baseline justify-between gap-3 rounded-md px-3 py-1.5 text-sm aria-selected:bg-accent-soft"
        >
          <span className="min-w-0 truncate">
            <span className="font-medium text-fg">{c.name}</span> <span className="text-muted">{c.email}</span>
          </span>
          <span className="shrink-0 text-xs text-subtle">{c.organizationName}</span>
        </li>
      ))}
    </ul>
  );
}
