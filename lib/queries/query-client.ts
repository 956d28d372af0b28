import { defaultShouldDehydrateQuery, isServer, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api";

/**
 * Whether a failed query is tried again. On the server a query is a page's prefetch calling a server verb
 * directly: its errors are upstream or our own, never an ApiError, and a retry would read upstream again, write
 * another audit entry and hold the page back by seconds; a failed prefetch is not dehydrated anyway, so the
 * browser asks the route itself. In the browser, a 4xx from our routes (a missing purpose, a bad filter) won't
 * fix itself; anything else gets two more tries. `instanceof ApiError` is sound there: the browser has one copy.
 */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (typeof window === "undefined") return false;
  return !(error instanceof ApiError && error.isClientError) && failureCount < 2;
}

/**
 * staleTime 60 s (custodian data changes slowly and every fetch costs upstream budget); retries per shouldRetry;
 * pending queries are dehydrated so server prefetches stream.
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: shouldRetry,
      },
      dehydrate: {
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}

let browserClient: QueryClient | undefined;

/** A fresh client per server render; one shared client in the browser. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
