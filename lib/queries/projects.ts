import { queryOptions } from "@tanstack/react-query";
import { ProjectChatsDto, ProjectDetailDto, ProjectListDto } from "@/lib/schemas/investigate";
import { api, toQueryString } from "./api";

export type ProjectListFilter = { userIds: readonly string[]; from: string; to: string };
const normalise = (f: ProjectListFilter) => ({ userIds: [...f.userIds].sort(), from: f.from, to: f.to });

export const projectKeys = {
  all: ["projects"] as const,
  lists: () => ["projects", "list"] as const,
  list: (f: ProjectListFilter) => ["projects", "list", normalise(f)] as const,
  detail: (projectId: string) => ["projects", projectId] as const,
  chats: (projectId: string) => ["projects", projectId, "chats"] as const,
};

/** The whole list in one read: the server bounds it and says how far it looked (ProjectListDto.coverage). */
export const projectListQuery = (filter: ProjectListFilter) => {
  const f = normalise(filter);
  return queryOptions({
    queryKey: projectKeys.list(filter),
    queryFn: ({ signal }) =>
      api(`/api/projects${toQueryString({ user_ids: f.userIds, from: f.from, to: f.to })}`, ProjectListDto, { signal }),
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
