import { infiniteQueryOptions } from "@tanstack/react-query";
import { ChatPageDto, TranscriptDto, type ChatSort } from "@/lib/schemas/investigate";
import { api, toQueryString } from "./api";
import { FIRST_PAGE, nextPageParam } from "./cursor-pages";

export type ChatListFilter = { userIds: readonly string[]; from: string; to: string; sort?: ChatSort; limit?: number };

/** Custodian order doesn't change the result: sort ids so the same selection shares one cache entry. */
const normalise = (f: ChatListFilter) => ({
  userIds: [...f.userIds].sort(),
  from: f.from,
  to: f.to,
  sort: f.sort ?? "created_at",
  limit: f.limit ?? 100,
});

export const chatKeys = {
  all: ["chats"] as const,
  lists: () => ["chats", "list"] as const,
  list: (f: ChatListFilter) => ["chats", "list", normalise(f)] as const,
  transcript: (chatId: string, limit = 500) => ["chats", chatId, "messages", { limit }] as const,
};

export const chatListQuery = (filter: ChatListFilter) => {
  const f = normalise(filter);
  return infiniteQueryOptions({
    queryKey: chatKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api(
        `/api/chats${toQueryString({ user_ids: f.userIds, from: f.from, to: f.to, sort: f.sort, limit: f.limit, cursor: pageParam })}`,
        ChatPageDto,
        { signal },
      ),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: nextPageParam,
  });
};

/** Pages of 500 messages (oldest first): a 5,000-message chat loads in ten steps as the reader scrolls. */
export const transcriptQuery = (chatId: string, limit = 500) =>
  infiniteQueryOptions({
    queryKey: chatKeys.transcript(chatId, limit),
    queryFn: ({ pageParam, signal }) =>
      api(
        `/api/chats/${encodeURIComponent(chatId)}/messages${toQueryString({ limit, cursor: pageParam })}`,
        TranscriptDto,
        { signal },
      ),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: nextPageParam,
  });
