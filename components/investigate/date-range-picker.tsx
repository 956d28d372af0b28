"use client";

import { useId } from "react";
import { fromInputValue, toInputValue } from "@/components/ui/format-time";
import { PRESETS, PRESET_LABELS, presetWindow, type InvestigateState, type Preset } from "@/lib/urls/investigate-url";

type Window = Pick<InvestigateState, "from" | "to" | "preset" | "tz">;

/** Presets end "now"; Custom edits both ends in the zone shown (the viewer's, or UTC with the toggle). */
export function DateRangePicker({ value, onChange }: { value: Window; onChange: (next: Window) => void }) {
  const id = useId();
  const pickPreset = (preset: Preset) =>
    onChange(preset === "custom" ? { ...value, preset } : { ...value, ...presetWindow(preset, new Date()), preset });
  const setEnd = (end: "from" | "to", raw: string) => {
    const iso = fromInputValue(raw, value.tz);
    if (iso) onChange({ ...value, [end]: iso, preset: "custom" });
  };
  const zone = value.tz === "utc" ? "UTC" : Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <fieldset className="space-y-2">
      <legend className="text-xs font-semibold tracking-wide text-muted uppercase">Time window</legend>
      <div className="flex flex-wrap items-center gap-2">
        <div
          role="group"
          aria-label="Preset"
          className="inline-flex rounded-lg border border-line-strong bg-surface p-0.5"
        >
          {PRESETS.map((p) => (
            <button
              key={p}
              type="button"
              aria-pressed={value.preset === p}
              onClick={() => pickPreset(p)}
              className="rounded-md px-2.5 py-1 text-sm text-muted hover:text-fg aria-pressed:bg-accent aria-pressed:text-accent-fg aria-pressed:hover:text-accent-fg"
            >
              {PRESET_LABELS[p]}
            </button>
          ))}
        </div>
        <label className="inline-flex items-center gap-2 text-sm text-muted">
          <input
            type="checkbox"
            checked={value.tz === "utc"}
            onChange={(e) => onChange({ ...value, tz: e.target.checked ? "utc" : "local" })}
            className="size-4 accent-accent"
          />
          Show UTC
        </label>
      </div>
      <div className="grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-2 text-sm">
        <label htmlFor={`${id}-from`} className="text-muted">
          From
        </label>
        <input
          id={`${id}-from`}
          type="datetime-local"
          value={toInputValue(value.from, value.tz)}
          onChange={(e) => setEnd("from", e.target.value)}
          suppressHydrationWarning
          className="h-8 w-full max-w-64 rounded-lg border border-line-strong bg-surface px-2 text-fg"
        />
        <label htmlFor={`${id}-to`} className="text-muted">
          To
        </label>
        <input
          id={`${id}-to`}
          type="datetime-local"
          value={toInputValue(value.to, value.tz)}
          onChange={(e) => setEnd("to", e.target.value)}
          suppressHydrationWarning
          className="h-8 w-full max-w-64 rounded-lg border border-line-strong bg-surface px-2 text-fg"
        />
        <span />
        <span className="text-xs text-subtle" suppressHydrationWarning>
          Times in {zone}
        </span>
      </div>
    </fieldset>
  );
}
