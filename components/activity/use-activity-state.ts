"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { parseInvestigateParams, toInvestigateSearch, type InvestigateState } from "@/lib/urls/investigate-url";
import { useDisplayTz } from "@/components/ui/use-display-tz";
import { ACTIVITY_URL_KEYS } from "./activity-url";

export type ActivityUrlExtra = Partial<Record<(typeof ACTIVITY_URL_KEYS)[number], string | null>>;

/**
 * useInvestigateState for the activity page, with three differences:
 * - the URL keeps the feed's own keys (`area`, `types`, `api`), which the shared hook's fixed list drops whenever the
 *   window or the custodians change;
 * - a change rewrites the address with history.replaceState (Next's router follows it, useSearchParams included)
 *   instead of router.replace: the page prefetches on the server, so a router navigation would re-run that whole
 *   prefetch (a histogram scan is up to ten upstream calls) before a ticked checkbox even showed;
 * - until useSearchParams catches up, the page shows what was asked for, so a controlled checkbox does not flick
 *   back for a render. Anything else the URL does meanwhile (a link to this page, Back) wins.
 */
export function useActivityState() {
  const params = useSearchParams();
  const pathname = usePathname();
  const url = params.toString();
  const [asked, setAsked] = useState<{ from: string; searches: string[] } | null>(null);
  let search = url;
  if (asked) {
    const last = asked.searches[asked.searches.length - 1];
    // Caught up, or moved somewhere we did not ask for: the URL is the truth again (state adjusted while rendering).
    if (url === last || (url !== asked.from && !asked.searches.includes(url))) setAsked(null);
    else search = last;
  }
  const shown = useMemo(() => new URLSearchParams(search), [search]);
  const state = useMemo(() => parseInvestigateParams(shown, new Date()), [shown]);
  // What the next change builds on: the last search asked for, even before it renders.
  const latest = useRef(search);
  useEffect(() => {
    latest.current = search;
  }, [search]);

  function navigate(
    update: (current: InvestigateState) => InvestigateState,
    extra: ActivityUrlExtra | ((current: ActivityUrlExtra) => ActivityUrlExtra) = {},
  ) {
    const current = new URLSearchParams(latest.current);
    const currentExtra: ActivityUrlExtra = Object.fromEntries(ACTIVITY_URL_KEYS.map((k) => [k, current.get(k)]));
    const nextExtra = { ...currentExtra, ...(typeof extra === "function" ? extra(currentExtra) : extra) };
    const next = new URLSearchParams(toInvestigateSearch(update(parseInvestigateParams(current, new Date()))));
    for (const key of ACTIVITY_URL_KEYS) {
      const value = nextExtra[key];
      if (value) next.set(key, value);
    }
    const nextSearch = next.toString();
    latest.current = nextSearch;
    setAsked((a) => ({ from: a?.from ?? url, searches: [...(a?.searches ?? []), nextSearch] }));
    window.history.replaceState(null, "", `${pathname}?${nextSearch}`);
  }
  const tz = useDisplayTz(state.tz);
  const displayed = useMemo(() => (tz === state.tz ? state : { ...state, tz }), [state, tz]);
  return { state: displayed, navigate, params: shown };
}
