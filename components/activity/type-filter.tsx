"use client";

import { useEffect, useId, useRef, useState } from "react";
import {
  compactSelection,
  expandSelection,
  isEmptySelection,
  type ActivityArea,
  type ActivitySelection,
} from "@/lib/schemas/investigate/activity-selection";
import { ChevronDownIcon } from "@/components/ui/icons";
import { useDismiss } from "@/components/ui/use-dismiss";
import { TypeChips } from "./type-chips";
import { TypeList, visibleTypes } from "./type-list";

type Props = {
  /** The known areas and their types; undefined while they load. */
  areas: readonly ActivityArea[] | undefined;
  value: ActivitySelection;
  /** Gets an update of the latest selection (not of `value`, which lags behind quick successive clicks). */
  onChange: (update: (current: ActivitySelection) => ActivitySelection) => void;
};

/**
 * "Event types": a button opening a panel of areas and their types, with a filter box. Ticking an area takes all its
 * types; the choice is kept compact (whole areas by id, the rest by name) and shown below as chips. Escape, a click
 * outside or tabbing away closes the panel; Escape and Done put focus back on the button.
 */
export function TypeFilter({ areas, value, onChange }: Props) {
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [query, setQuery] = useState("");
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const known = areas ?? [];
  const chosen = new Set(expandSelection(value, known));
  const total = known.reduce((n, a) => n + a.types.length, 0);

  useDismiss(isOpen, setIsOpen, root, trigger);
  useEffect(() => {
    if (isOpen) search.current?.focus();
  }, [isOpen]);

  function close() {
    setIsOpen(false);
    trigger.current?.focus();
  }

  /** Applies a change to the set of chosen types, computed from the latest selection. */
  function change(edit: (types: Set<string>) => void) {
    onChange((current) => {
      const types = new Set(expandSelection(current, known));
      edit(types);
      return compactSelection(types, known);
    });
  }
  const toggleType = (t: string) => change((s) => (s.has(t) ? s.delete(t) : s.add(t)));
  const toggleArea = (area: ActivityArea) =>
    change((s) => {
      const isAll = area.types.every((t) => s.has(t));
      for (const t of area.types)
        if (isAll) s.delete(t);
        else s.add(t);
    });
  const shownTypes = query.trim() ? known.flatMap((a) => visibleTypes(a, query)) : [];
  const label = isEmptySelection(value)
    ? "All event types"
    : areas
      ? `${chosen.size} of ${total} types`
      : "Chosen types";

  return (
    <div className="space-y-2" ref={root}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span id={`${id}-label`} className="text-xs font-semibold tracking-wide text-muted uppercase">
          Event types
        </span>
        <div
          className="relative"
          onBlur={(e) => {
            // Tabbing out of the panel closes it; a click on its own background (no new focus) does not.
            if (isOpen && e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget))
              setIsOpen(false);
          }}
        >
          <button
            ref={trigger}
            type="button"
            aria-haspopup="dialog"
            aria-expanded={isOpen}
            aria-controls={isOpen ? `${id}-panel` : undefined}
            aria-labelledby={`${id}-label ${id}-trigger`}
            id={`${id}-trigger`}
            onClick={() => setIsOpen((o) => !o)}
            className="inline-flex h-8 items-center gap-2 rounded-lg border border-line-strong bg-surface px-2.5 text-fg hover:bg-surface-2"
            data-testid="type-filter-button"
          >
            <span className="tabular-nums">{label}</span>
            <ChevronDownIcon className="text-muted" />
          </button>
          {isOpen ? (
            <div
              id={`${id}-panel`}
              role="dialog"
              aria-label="Choose event types"
              className="absolute left-0 z-30 mt-1 flex max-h-[min(28rem,70vh)] w-[min(30rem,calc(100vw-2rem))] flex-col rounded-xl border border-line bg-surface shadow-card"
              data-testid="type-filter-panel"
            >
              <div className="border-b border-line p-2">
                <input
                  ref={search}
                  type="search"
                  aria-label="Filter areas and types"
                  placeholder="Filter areas and types, e.g. deleted"
                  value={query}
                  onChange={(e) => setQuery(e.target.value)}
                  className="h-8 w-full rounded-lg border border-line-strong bg-surface px-2.5 text-sm text-fg placeholder:text-subtle focus:border-accent focus:outline-2 focus:outline-ring/40"
                />
              </div>
              <div className="min-h-0 flex-1 overflow-auto py-1">
                {areas ? (
                  <TypeList
                    areas={known}
                    chosen={chosen}
                    query={query}
                    onToggleArea={toggleArea}
                    onToggleType={toggleType}
                  />
                ) : (
                  <p className="px-3 py-6 text-sm text-muted">Loading the event types…</p>
                )}
              </div>
              <div className="flex items-center gap-2 border-t border-line px-3 py-2 text-sm">
                <span className="text-muted tabular-nums" aria-live="polite">
                  {chosen.size ? `${chosen.size} chosen` : "None chosen: every type is shown"}
                </span>
                {shownTypes.length ? (
                  <button
                    type="button"
                    onClick={() => change((s) => shownTypes.forEach((t) => s.add(t)))}
                    className="ml-auto rounded-md px-2 py-1 font-medium text-accent-text hover:bg-surface-2"
                  >
                    Add the {shownTypes.length} shown
                  </button>
                ) : null}
                <button
                  type="button"
                  onClick={close}
                  className={`${shownTypes.length ? "" : "ml-auto"}rounded-md border border-line-strong px-2.5 py-1 font-medium text-fg hover:bg-surface-2`}
                >
                  Done
                </button>
              </div>
            </div>
          ) : null}
        </div>
        {!isEmptySelection(value) ? (
          <button
            type="button"
            onClick={() => {
              onChange(() => ({ areas: [], types: [] }));
              trigger.current?.focus();
            }}
            className="rounded-md px-2 py-1 text-sm font-medium text-accent-text hover:bg-surface-2"
            data-testid="type-filter-clear"
          >
            Clear
          </button>
        ) : null}
      </div>
      <TypeChips
        areas={known}
        value={value}
        onRemove={(update) => {
          onChange(update);
          // The chip (and its button) goes away: keep focus in the filter instead of dropping it on the page.
          trigger.current?.focus();
        }}
      />
    </div>
  );
}
