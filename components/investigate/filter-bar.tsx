"use client";

import Link from "next/link";
import { CustodianPicker } from "./custodian-picker";
import { DateRangePicker } from "./date-range-picker";
import { toInvestigateSearch } from "@/lib/urls/investigate-url";
import { useInvestigateState } from "./use-investigate-state";

const TABS = [
  { href: "/investigate", label: "Chats" },
  { href: "/projects", label: "Projects" },
  { href: "/sessions", label: "Sessions" },
] as const;

/** Custodians + window, shared by the chats, projects and sessions views; the tabs carry the filter along. */
export function FilterBar() {
  const { state, navigate, pathname } = useInvestigateState();
  const search = toInvestigateSearch(state);
  return (
    <div className="space-y-4">
      <div className="grid gap-5 rounded-xl border border-line bg-surface p-5 shadow-card lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <CustodianPicker value={state.userIds} onChange={(userIds) => navigate((s) => ({ ...s, userIds }))} />
        <DateRangePicker value={state} onChange={(w) => navigate((s) => ({ ...s, ...w }))} />
      </div>
      <nav aria-label="What to review" className="flex gap-1 border-b border-line">
        {TABS.map((t) => (
          <Link
            key={t.href}
            href={`${t.href}${search}`}
            aria-current={pathname === t.href ? "page" : undefined}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted hover:text-fg aria-[current=page]:border-accent aria-[current=page]:text-fg"
          >
            {t.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}

export function NoCustodians({ what }: { what: string }) {
  return (
    <div
      className="rounded-xl border border-dashed border-line-strong px-6 py-14 text-center"
      data-testid="investigate-empty"
    >
      <p className="font-medium text-fg">Pick up to 10 custodians to see their {what}</p>
      <p className="mt-1 text-sm text-muted">
        Search the directory by name or email, or add a whole group. The time window filters on creation time.
      </p>
    </div>
  );
}
