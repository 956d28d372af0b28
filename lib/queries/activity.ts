import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { ActivityHistogramDto, ActivityPageDto, ActivityTypesDto } from "@/lib/schemas/investigate";
import { api, toQueryString } from "./api";
import { FIRST_PAGE, nextPageParam } from "./cursor-pages";

/** Types are chosen as whole areas plus single types (lib/schemas/investigate/activity-selection.ts); none = all. */
export type ActivityFilter = {
  areas?: readonly string[];
  types?: readonly string[];
  actorIds?: readonly string[];
  from: string;
  to: string;
  includeApiAccess?: boolean;
};

/** Rows per request of the feed and bars of its histogram (the page's prefetch reads them from the query keys). */
const ACTIVITY_PAGE_SIZE = 100;
const HISTOGRAM_BUCKETS = 48;

const sorted = (list: readonly string[] | undefined) => [...new Set(list ?? [])].sort();
const normalise = (f: ActivityFilter) => ({
  areas: sorted(f.areas),
  types: sorted(f.types),
  actorIds: sorted(f.actorIds),
  from: f.from,
  to: f.to,
  includeApiAccess: f.includeApiAccess ?? false,
});

/**
 * The query parameters of our activity routes for a filter (strings and lists only, so the server page can parse
 * exactly these with the route's own schema when it prefetches).
 */
export function activityParams(filter: ActivityFilter) {
  const f = normalise(filter);
  return {
    areas: f.areas,
    types: f.types,
    actor_ids: f.actorIds,
    from: f.from,
    to: f.to,
    include_api_access: f.includeApiAccess ? "true" : undefined,
  };
}

export const activityKeys = {
  all: ["activity"] as const,
  lists: () => ["activity", "list"] as const,
  list: (f: ActivityFilter, limit = ACTIVITY_PAGE_SIZE) => ["activity", "list", normalise(f), { limit }] as const,
  histogram: (f: ActivityFilter, buckets = HISTOGRAM_BUCKETS) =>
    ["activity", "histogram", normalise(f), { buckets }] as const,
  types: () => ["activity", "types"] as const,
};

export const activityListQuery = (filter: ActivityFilter, limit = ACTIVITY_PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: activityKeys.list(filter, limit),
    queryFn: ({ pageParam, signal }) =>
      api(`/api/activity${toQueryString({ ...activityParams(filter), limit, cursor: pageParam })}`, ActivityPageDto, {
        signal,
      }),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: nextPageParam,
  });

export const activityHistogramQuery = (filter: ActivityFilter, buckets = HISTOGRAM_BUCKETS) =>
  queryOptions({
    queryKey: activityKeys.histogram(filter, buckets),
    queryFn: ({ signal }) =>
      api(`/api/activity/histogram${toQueryString({ ...activityParams(filter), buckets })}`, ActivityHistogramDto, {
        signal,
      }),
  });

export const activityTypesQuery = () =>
  queryOptions({
    queryKey: activityKeys.types(),
    queryFn: ({ signal }) => api("/api/activity/types", ActivityTypesDto, { signal }),
    staleTime: Infinity,
  });
