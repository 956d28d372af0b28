import { queryOptions } from "@tanstack/react-query";
import { CustodianSearchDto, GroupListDto, GroupMembersDto } from "@/lib/schemas/investigate";
import { api, toQueryString } from "./api";

export const custodianKeys = {
  all: ["custodians"] as const,
  search: (q: string, limit: number) => ["custodians", "search", { q: q.trim(), limit }] as const,
};
export const groupKeys = {
  all: ["groups"] as const,
  members: (groupId: string) => ["groups", groupId, "members"] as const,
};

export const custodianSearchQuery = (q: string, limit = 20) =>
  queryOptions({
    queryKey: custodianKeys.search(q, limit),
    queryFn: ({ signal }) =>
      api(`/api/custodians${toQueryString({ q: q.trim(), limit })}`, CustodianSearchDto, { signal }),
  });

export const groupsQuery = () =>
  queryOptions({ queryKey: groupKeys.all, queryFn: ({ signal }) => api("/api/groups", GroupListDto, { signal }) });

export const groupMembersQuery = (groupId: string) =>
  queryOptions({
    queryKey: groupKeys.members(groupId),
    queryFn: ({ signal }) => api(`/api/groups/${encodeURIComponent(groupId)}/members`, GroupMembersDto, { signal }),
  });
