import "server-only";
import { chatKeys } from "@/lib/queries/chats";
import { FIRST_PAGE } from "@/lib/queries/cursor-pages";
import { TranscriptQuery } from "@/lib/schemas/investigate";
import { getTranscript } from "@/lib/server/chats/get-transcript";
import type { PagePrefetch } from "@/lib/server/pages/page-prefetch";

// The contract every page prefetch keeps is in lib/server/pages/page-prefetch.ts.

/** The transcript's first page, through the verb and audit behind GET /api/chats/{chatId}/messages. */
export async function prefetchTranscript({ queryClient, op }: PagePrefetch, chatId: string): Promise<void> {
  await queryClient.prefetchInfiniteQuery({
    queryKey: chatKeys.transcript(chatId),
    queryFn: () => getTranscript({ ...op, input: { chatId, ...TranscriptQuery.parse({ limit: 500 }) } }),
    initialPageParam: FIRST_PAGE,
  });
}
