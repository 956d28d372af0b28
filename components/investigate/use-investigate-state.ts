"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import {
  PAGE_PARAMS,
  parseInvestigateParams,
  toInvestigateSearch,
  type InvestigateState,
} from "@/lib/urls/investigate-url";
import { useDisplayTz } from "@/components/ui/use-display-tz";

/**
 * The last search a `navigate` asked for, shared by every component on the page (the filter bar, the tabs, the
 * code-artifact window choice): the URL changes only once a navigation commits, which can take seconds while the
 * server prefetches, and a second change made meanwhile (from any component) must build on the first, not on the
 * URL it is about to replace. After 2 s the URL wins again, so Back/Forward and plain links are never overridden.
 */
let pending: { pathname: string; search: string; at: number } | null = null;
const PENDING_MS = 2000;

function baseSearch(pathname: string, current: string): string {
  return pending && pending.pathname === pathname && Date.now() - pending.at < PENDING_MS ? pending.search : current;
}

/**
 * The investigation filter as it is in the URL, and a setter that rewrites the URL (page parameters kept unless
 * `extra` changes them). `state.tz` is the zone to display (UTC until hydrated, see useDisplayTz).
 */
export function useInvestigateState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const state = useMemo(() => parseInvestigateParams(new URLSearchParams(params.toString()), new Date()), [params]);
  const navigate = useCallback(
    (update: (current: InvestigateState) => InvestigateState, extra: Record<string, string | null> = {}) => {
      const base = new URLSearchParams(baseSearch(pathname, params.toString()));
      const search = new URLSearchParams(toInvestigateSearch(update(parseInvestigateParams(base, new Date()))));
      for (const key of PAGE_PARAMS) {
        const value = key in extra ? extra[key] : base.get(key);
        if (value) search.set(key, value);
      }
      pending = { pathname, search: search.toString(), at: Date.now() };
      router.replace(`${pathname}?${search.toString()}`, { scroll: false });
    },
    [router, pathname, params],
  );
  const tz = useDisplayTz(state.tz);
  const shown = useMemo(() => (tz === state.tz ? state : { ...state, tz }), [state, tz]);
  return { state: shown, navigate, params, pathname };
}
