import "server-only";
import { redirect } from "next/navigation";
import { ACTIVITY_URL_KEYS } from "@/components/activity/activity-url";
import { parseInvestigateParams, toInvestigateSearch } from "@/lib/urls/investigate-url";
import { pinnedQuery } from "@/lib/server/pages/pinned-query";

type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * pinnedQuery for /activity. A link without a window is pinned to absolute times by a redirect, as everywhere, but
 * here the redirect keeps the chosen types too (`types` is not among the keys the shared helper keeps).
 */
export function pinnedActivityQuery(raw: RawSearchParams) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string") params.set(k, v);
  if (!params.get("from") || !params.get("to")) {
    const search = new URLSearchParams(toInvestigateSearch(parseInvestigateParams(params, new Date())));
    for (const key of ACTIVITY_URL_KEYS) {
      const value = params.get(key);
      if (value) search.set(key, value);
    }
    redirect(`/activity?${search.toString()}`);
  }
  return pinnedQuery("/activity", raw);
}
