import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { ActivityHistogramDto, ActivityPageDto, ActivityTypesDto } from "@/lib/schemas/investigate";
import { api, toQueryString } from "./api";
import { FIRST_PAGE, nextPageParam } from "./cursor-pages";

export type ActivityFilter = { types?: readonly string[]; actorIds?: readonly string[]; from: string; to: string; includeApiAccess?: boolean };

const normalise = (f: ActivityFilter) => ({
  types: [...(f.types ?? [])].sort(),
  actorIds: [...(f.actorIds ?? [])].sort(),
  from: f.from,
  to: f.to,
  includeApiAccess: f.includeApiAccess ?? false,
});
const filterParams = (f: ReturnType<typeof normalise>) => ({ types: f.types, actor_ids: f.actorIds, from: f.from, to: f.to, include_api_access: f.includeApiAccess || undefined });

export const activityKeys = {
  all: ["activity"] as const,
  lists: () => ["activity", "list"] as const,
  list: (f: ActivityFilter, limit = 100) => ["activity", "list", normalise(f), { limit }] as const,
  histogram: (f: ActivityFilter, buckets = 48) => ["activity", "histogram", normalise(f), { buckets }] as const,
  types: () => ["activity", "types"] as const,
};

export const activityListQuery = (filter: ActivityFilter, limit = 100) => {
  const f = normalise(filter);
  return infiniteQueryOptions({
    queryKey: activityKeys.list(filter, limit),
    queryFn: ({ pageParam, signal }) => api(`/api/activity${toQueryString({ ...filterParams(f), limit, cursor: pageParam })}`, ActivityPageDto, { signal }),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: nextPageParam,
  });
};

export const activityHistogramQuery = (filter: ActivityFilter, buckets = 48) => {
  const f = normalise(filter);
  return queryOptions({
    queryKey: activityKeys.histogram(filter, buckets),
    queryFn: ({ signal }) => api(`/api/activity/histogram${toQueryString({ ...filterParams(f), buckets })}`, ActivityHistogramDto, { signal }),
  });
};

export const activityTypesQuery = () =>
  queryOptions({ queryKey: activityKeys.types(), queryFn: ({ signal }) => api("/api/activity/types", ActivityTypesDto, { signal }), staleTime: Infinity });
