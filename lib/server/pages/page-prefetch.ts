import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { makeQueryClient } from "@/lib/queries/query-client";
import type { VerbAudit } from "@/lib/server/audit/audited";
import { defaultInvestigateDeps, type InvestigateDeps } from "@/lib/server/upstream/deps";

/**
 * What a page's server prefetch needs: a fresh query client (dehydrated into the page), the upstream deps and the
 * page's audit. Each prefetch takes the browser's own query options (key, first page param) and swaps only the fetch
 * for the verb behind the route, parsed with the route's schema: the browser hydrates fresh data under the key it
 * reads, does not fetch again within staleTime, and the read is audited once, as the route would audit it.
 * No retry: makeQueryClient never retries on the server. A failed prefetch is not dehydrated (only successes are):
 * the browser fetches through the route and shows the error or the data itself.
 */
export type PagePrefetch = { queryClient: QueryClient; deps: InvestigateDeps; audit: VerbAudit };

export const pagePrefetch = (audit: VerbAudit): PagePrefetch => ({
  queryClient: makeQueryClient(),
  deps: defaultInvestigateDeps,
  audit,
});
