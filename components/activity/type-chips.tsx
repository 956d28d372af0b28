"use client";

import type { ActivityArea, ActivitySelection } from "@/lib/schemas/investigate/activity-selection";

/** Past this many chips the rest is a count: the panel lists every choice. */
const MAX_CHIPS = 12;

type Props = {
  areas: readonly ActivityArea[];
  value: ActivitySelection;
  onRemove: (update: (current: ActivitySelection) => ActivitySelection) => void;
};

/** The chosen areas ("Chats · all 13") and single types as removable chips. */
export function TypeChips({ areas, value, onRemove }: Props) {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const chips = [
    ...value.areas.map((id) => {
      const area = byId.get(id);
      return {
        key: `area:${id}`,
        label: area ? `${area.label} · all ${area.types.length}` : id,
        name: area?.label ?? id,
        isMono: false,
        remove: (s: ActivitySelection) => ({ ...s, areas: s.areas.filter((a) => a !== id) }),
      };
    }),
    ...value.types.map((t) => ({
      key: `type:${t}`,
      label: t,
      name: t,
      isMono: true,
      remove: (s: ActivitySelection) => ({ ...s, types: s.types.filter((x) => x !== t) }),
    })),
  ];
  if (!chips.length) return null;
  const hidden = chips.length - MAX_CHIPS;
  return (
    <ul aria-label="Chosen event types" className="flex flex-wrap items-center gap-1.5" data-testid="type-chips">
      {chips.slice(0, MAX_CHIPS).map((c) => (
        <li
          key={c.key}
          className="inline-flex max-w-full items-center gap-1 rounded-full border border-line bg-accent-soft py-0.5 pr-1 pl-2.5 text-xs text-accent-text"
          data-testid="type-chip"
        >
          <span className={`truncate font-medium ${c.isMono ? "font-mono text-[11px]" : ""}`}>{c.label}</span>
          <button
            type="button"
            onClick={() => onRemove(c.remove)}
            aria-label={`Remove ${c.name}`}
            className="ml-0.5 inline-flex size-5 items-center justify-center rounded-full hover:bg-surface focus-visible:outline-2 focus-visible:outline-ring"
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
      {hidden > 0 ? <li className="text-xs text-muted">and {hidden} more</li> : null}
    </ul>
  );
}
