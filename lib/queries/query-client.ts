import { defaultShouldDehydrateQuery, isServer, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api";

/**
 * staleTime 60 s (custodian data changes slowly and every fetch costs upstream budget); no retry on a 4xx (a
 * missing purpose or a bad filter won't fix itself); pending queries are dehydrated so server prefetches stream.
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failureCount, error) => !(error instanceof ApiError && error.isClientError) && failureCount < 2,
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
