import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { makeQueryClient } from "@/lib/queries/query-client";
import type { OperationContext } from "@/lib/server/operation/context";

/**
 * What a page's server prefetch needs: a fresh query client (dehydrated into the page) and the page's operation
 * context. Each prefetch takes the browser's own query options (key, first page param) and swaps only the fetch for
 * the verb behind the route, parsed with the route's schema: the browser hydrates fresh data under the key it
 * reads, does not fetch again within staleTime, and the read is audited once, as the route would audit it.
 * No retry: makeQueryClient never retries on the server. A failed prefetch is not dehydrated (only successes are):
 * the browser fetches through the route and shows the error or the data itself.
 */
export type PagePrefetch = { queryClient: QueryClient; op: OperationContext };

export const pagePrefetch = (op: OperationContext): PagePrefetch => ({ queryClient: makeQueryClient(), op });
