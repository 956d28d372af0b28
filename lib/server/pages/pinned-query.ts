import "server-only";
import { redirect } from "next/navigation";
import {
  PAGE_PARAMS,
  parseInvestigateParams,
  toInvestigateSearch,
  type InvestigateState,
} from "@/lib/urls/investigate-url";

type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * The page's filter from its URL. A preset link ("last 30 days") is pinned to absolute times here, once, by a
 * redirect, so server and browser render the same window and the address bar reproduces exactly what was shown.
 */
export function pinnedQuery(
  path: string,
  raw: RawSearchParams,
): { state: InvestigateState; params: URLSearchParams; callbackUrl: string } {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string") params.set(k, v);
  const state = parseInvestigateParams(params, new Date());
  if (!params.get("from") || !params.get("to")) {
    const search = new URLSearchParams(toInvestigateSearch(state));
    for (const key of PAGE_PARAMS) {
      const value = params.get(key);
      if (value) search.set(key, value);
    }
    redirect(`${path}?${search.toString()}`);
  }
  return { state, params, callbackUrl: `${path}?${params.toString()}` };
}
