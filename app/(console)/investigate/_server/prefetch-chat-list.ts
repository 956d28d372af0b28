import "server-only";
import { chatKeys } from "@/lib/queries/chats";
import { FIRST_PAGE } from "@/lib/queries/cursor-pages";
import { ListChatsQuery } from "@/lib/schemas/investigate";
import { listChats } from "@/lib/server/chats/list-chats";
import type { PagePrefetch } from "@/lib/server/pages/page-prefetch";
import { CHAT_PAGE_SIZE, type InvestigateState } from "@/lib/urls/investigate-url";

// The contract every page prefetch keeps is in lib/server/pages/page-prefetch.ts.

/** The chat list's first page for the picked custodians, through the verb and audit behind GET /api/chats. */
export async function prefetchChatList(
  { queryClient, op }: PagePrefetch,
  state: InvestigateState,
  sort: "created_at" | "updated_at",
): Promise<void> {
  if (!state.userIds.length) return;
  const { userIds, from, to } = state;
  await queryClient.prefetchInfiniteQuery({
    queryKey: chatKeys.list({ userIds, from, to, sort, limit: CHAT_PAGE_SIZE }),
    queryFn: () =>
      listChats({ ...op, input: ListChatsQuery.parse({ user_ids: userIds, from, to, sort, limit: CHAT_PAGE_SIZE }) }),
    initialPageParam: FIRST_PAGE,
  });
}
