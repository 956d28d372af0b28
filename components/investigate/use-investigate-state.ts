"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { PAGE_PARAMS, parseInvestigateParams, toInvestigateSearch, type InvestigateState } from "./investigate-url";
import { useDisplayTz } from "./use-display-tz";

/**
 * The investigation filter as it is in the URL, and a setter that rewrites the URL (extra params kept). `state.tz` is
 * the zone to display (UTC until hydrated, see useDisplayTz); `navigate` builds on the URL's own state.
 */
export function useInvestigateState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const state = useMemo(() => parseInvestigateParams(new URLSearchParams(params.toString()), new Date()), [params]);
  // The URL updates after the navigation commits: quick successive changes build on the latest requested state.
  // A re-render with the old URL while our navigation is in flight must not roll the state back (for ~2 s at most,
  // so Back/Forward and other links still win).
  const latest = useRef(state);
  const pending = useRef<{ search: string; at: number } | null>(null);
  useEffect(() => {
    const p = pending.current;
    if (p && p.search !== params.toString() && Date.now() - p.at < 2000) return;
    pending.current = null;
    latest.current = state;
  }, [state, params]);
  const navigate = useCallback(
    (update: (current: InvestigateState) => InvestigateState, extra: Record<string, string | null> = {}) => {
      const next = update(latest.current);
      latest.current = next;
      const search = new URLSearchParams(toInvestigateSearch(next));
      for (const key of PAGE_PARAMS) {
        const value = key in extra ? extra[key] : params.get(key);
        if (value) search.set(key, value);
      }
      pending.current = { search: search.toString(), at: Date.now() };
      router.replace(`${pathname}?${search.toString()}`, { scroll: false });
    },
    [router, pathname, params],
  );
  const tz = useDisplayTz(state.tz);
  const shown = useMemo(() => (tz === state.tz ? state : { ...state, tz }), [state, tz]);
  return { state: shown, navigate, params, pathname };
}
