import { infiniteQueryOptions } from "@tanstack/react-query";
import { SessionPageDto, SessionTranscriptDto, type SessionKind } from "@/lib/schemas/investigate";
import { api, toQueryString } from "./api";
import { FIRST_PAGE, nextPageParam } from "./cursor-pages";

export type SessionListFilter = {
  userIds: readonly string[];
  from: string;
  to: string;
  kind: SessionKind;
  limit?: number;
};
const normalise = (f: SessionListFilter) => ({
  userIds: [...f.userIds].sort(),
  from: f.from,
  to: f.to,
  kind: f.kind,
  limit: f.limit ?? 100,
});

export const sessionKeys = {
  all: ["sessions"] as const,
  lists: () => ["sessions", "list"] as const,
  list: (f: SessionListFilter) => ["sessions", "list", normalise(f)] as const,
  transcript: (kind: SessionKind, sessionId: string) => ["sessions", kind, sessionId, "messages"] as const,
};

/** Local sessions are scanned in bounded steps: keep fetching while a page says `partial` and has a cursor. */
export const sessionListQuery = (filter: SessionListFilter) => {
  const f = normalise(filter);
  return infiniteQueryOptions({
    queryKey: sessionKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api(
        `/api/sessions${toQueryString({ user_ids: f.userIds, from: f.from, to: f.to, kind: f.kind, limit: f.limit, cursor: pageParam })}`,
        SessionPageDto,
        { signal },
      ),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: nextPageParam,
  });
};

export const sessionTranscriptQuery = (kind: SessionKind, sessionId: string) =>
  infiniteQueryOptions({
    queryKey: sessionKeys.transcript(kind, sessionId),
    queryFn: ({ pageParam, signal }) =>
      api(
        `/api/sessions/${kind}/${encodeURIComponent(sessionId)}/messages${toQueryString({ cursor: pageParam })}`,
        SessionTranscriptDto,
        { signal },
      ),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: nextPageParam,
  });
