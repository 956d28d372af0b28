import { infiniteQueryOptions } from "@tanstack/react-query";
import { CodeArtifactPageDto } from "@/lib/schemas/investigate";
import { api, toQueryString } from "./api";
import { FIRST_PAGE, nextPageParam } from "./cursor-pages";

/** `updated` null = every artifact of the custodians (complete enumeration); a window filters on `updated_at`. */
export type CodeArtifactListFilter = {
  userIds: readonly string[];
  updated: { from: string; to: string } | null;
  limit?: number;
};
const normalise = (f: CodeArtifactListFilter) => ({
  userIds: [...f.userIds].sort(),
  updatedFrom: f.updated?.from ?? null,
  updatedTo: f.updated?.to ?? null,
  limit: f.limit ?? 50,
});

export const codeArtifactKeys = {
  all: ["code-artifacts"] as const,
  lists: () => ["code-artifacts", "list"] as const,
  list: (f: CodeArtifactListFilter) => ["code-artifacts", "list", normalise(f)] as const,
};

export const codeArtifactListQuery = (filter: CodeArtifactListFilter) => {
  const f = normalise(filter);
  return infiniteQueryOptions({
    queryKey: codeArtifactKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api(
        `/api/code-artifacts${toQueryString({ user_ids: f.userIds, updated_from: f.updatedFrom, updated_to: f.updatedTo, limit: f.limit, cursor: pageParam })}`,
        CodeArtifactPageDto,
        { signal },
      ),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: nextPageParam,
  });
};
