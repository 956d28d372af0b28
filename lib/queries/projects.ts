import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { ProjectChatsDto, ProjectDetailDto, ProjectPageDto } from "@/lib/schemas/investigate";
import { api, toQueryString } from "./api";
import { FIRST_PAGE, nextPageParam } from "./cursor-pages";

export type ProjectListFilter = { userIds: readonly string[]; from: string; to: string; limit?: number };
const normalise = (f: ProjectListFilter) => ({
  userIds: [...f.userIds].sort(),
  from: f.from,
  to: f.to,
  limit: f.limit ?? 50,
});

export const projectKeys = {
  all: ["projects"] as const,
  lists: () => ["projects", "list"] as const,
  list: (f: ProjectListFilter) => ["projects", "list", normalise(f)] as const,
  detail: (projectId: string) => ["projects", projectId] as const,
  chats: (projectId: string) => ["projects", projectId, "chats"] as const,
};

export const projectListQuery = (filter: ProjectListFilter) => {
  const f = normalise(filter);
  return infiniteQueryOptions({
    queryKey: projectKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api(
        `/api/projects${toQueryString({ user_ids: f.userIds, from: f.from, to: f.to, limit: f.limit, cursor: pageParam })}`,
        ProjectPageDto,
        { signal },
      ),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: nextPageParam,
  });
};

export const projectQuery = (projectId: string) =>
  queryOptions({
    queryKey: projectKeys.detail(projectId),
    queryFn: ({ signal }) => api(`/api/projects/${encodeURIComponent(projectId)}`, ProjectDetailDto, { signal }),
  });

export const projectChatsQuery = (projectId: string) =>
  queryOptions({
    queryKey: projectKeys.chats(projectId),
    queryFn: ({ signal }) => api(`/api/projects/${encodeURIComponent(projectId)}/chats`, ProjectChatsDto, { signal }),
  });
