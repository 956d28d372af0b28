"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { ActivityArea } from "@/lib/schemas/investigate/activity-selection";
import { ChevronRightIcon } from "@/components/ui/icons";

type Props = {
  areas: readonly ActivityArea[];
  chosen: ReadonlySet<string>;
  /** Text typed in the filter box: areas and types containing it are shown (matching areas opened). */
  query: string;
  onToggleArea: (area: ActivityArea) => void;
  onToggleType: (type: string) => void;
};

/** Which types of an area the filter box lets through: all when the area's name matches, else those that match. */
export function visibleTypes(area: ActivityArea, query: string): string[] {
  const q = query.trim().toLowerCase();
  if (!q || area.label.toLowerCase().includes(q) || area.id.includes(q)) return area.types;
  return area.types.filter((t) => t.includes(q.replace(/\s+/g, "_")));
}

/**
 * The areas, each a checkbox (mixed when some of its types are chosen) with a button that opens its types, each a
 * checkbox too. Native checkboxes: Tab moves between them, Space toggles, and screen readers announce the state.
 */
export function TypeList({ areas, chosen, query, onToggleArea, onToggleType }: Props) {
  const shown = areas.map((area) => ({ area, types: visibleTypes(area, query) })).filter((s) => s.types.length > 0);
  if (!shown.length)
    return <p className="px-3 py-6 text-center text-sm text-muted">No event type matches “{query.trim()}”.</p>;
  return (
    <ul className="divide-y divide-line" aria-label="Areas">
      {shown.map(({ area, types }) => (
        <AreaItem
          key={area.id}
          area={area}
          types={types}
          chosen={chosen}
          isFiltered={query.trim() !== ""}
          onToggleArea={onToggleArea}
          onToggleType={onToggleType}
        />
      ))}
    </ul>
  );
}

function AreaItem({
  area,
  types,
  chosen,
  isFiltered,
  onToggleArea,
  onToggleType,
}: { area: ActivityArea; types: string[]; chosen: ReadonlySet<string>; isFiltered: boolean } & Pick<
  Props,
  "onToggleArea" | "onToggleType"
>) {
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const box = useRef<HTMLInputElement>(null);
  const count = area.types.filter((t) => chosen.has(t)).length;
  const isAll = count === area.types.length;
  useEffect(() => {
    if (box.current) box.current.indeterminate = count > 0 && !isAll;
  }, [count, isAll]);
  const isExpanded = isOpen || isFiltered;
  return (
    <li className="py-1">
      <div className="flex items-center gap-1 px-1">
        <button
          type="button"
          aria-expanded={isExpanded}
          aria-controls={isExpanded ? `${id}-types` : undefined}
          aria-label={`${isExpanded ? "Hide" : "Show"} the ${area.label} types`}
          disabled={isFiltered}
          onClick={() => setIsOpen((o) => !o)}
          className="inline-flex size-6 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface-2 hover:text-fg disabled:opacity-40"
        >
          <ChevronRightIcon
            className={`transition-transform ${isExpanded ? "rotate-90" : ""}`}
            width={14}
            height={14}
          />
        </button>
        <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-2 rounded-md px-1.5 py-1 text-sm text-fg hover:bg-surface-2">
          <input
            ref={box}
            type="checkbox"
            checked={isAll}
            onChange={() => onToggleArea(area)}
            className="size-4 shrink-0 accent-accent"
            data-testid="type-area"
          />
          <span className="truncate font-medium" data-testid="type-area-label">
            {area.label}
          </span>
          <span className="ml-auto shrink-0 text-xs text-muted tabular-nums" data-testid="type-area-count">
            {count ? `${count}/` : ""}
            {area.types.length}
          </span>
        </label>
      </div>
      {isExpanded ? (
        <ul id={`${id}-types`} aria-label={`${area.label} types`} className="pb-1 pl-9">
          {types.map((t) => (
            <li key={t}>
              <label className="flex cursor-pointer items-center gap-2 rounded-md px-1.5 py-0.5 hover:bg-surface-2">
                <input
                  type="checkbox"
                  checked={chosen.has(t)}
                  onChange={() => onToggleType(t)}
                  className="size-3.5 shrink-0 accent-accent"
                />
                <span className="truncate font-mono text-xs text-fg">{t}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
