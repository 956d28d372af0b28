import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { chatKeys } from "@/lib/queries/chats";
import { FIRST_PAGE } from "@/lib/queries/cursor-pages";
import { makeQueryClient } from "@/lib/queries/query-client";
import { UpstreamId } from "@/lib/schemas/investigate";
import { getTranscript } from "@/lib/server/chats/get-transcript";
import { defaultInvestigateDeps } from "@/lib/server/investigate/deps";
import { NotAllowed } from "@/components/investigate/not-allowed";
import { QueryProvider } from "@/components/providers/query-provider";
import { ChatTranscript } from "@/components/transcript/chat-transcript";
import { requireInvestigatorPage } from "../../investigate/_server/investigator-page";

export const metadata: Metadata = { title: "Transcript" };
export const dynamic = "force-dynamic";

/** Server-prefetches the first page through the same verb (and audit) as the route, under the same key. */
export default async function ChatPage({ params }: { params: Promise<{ chatId: string }> }) {
  const parsed = UpstreamId.safeParse((await params).chatId);
  if (!parsed.success) notFound();
  const chatId = parsed.data;
  const page = await requireInvestigatorPage(`/chats/${encodeURIComponent(chatId)}`);
  if (!page.allowed) return <NotAllowed page="this chat" refusal={page.refusal} />;
  const queryClient = makeQueryClient();
  // A failed prefetch is not fatal: the browser retries and shows the error with what to do.
  await queryClient.prefetchInfiniteQuery({
    queryKey: chatKeys.transcript(chatId),
    queryFn: () =>
      getTranscript({ client: defaultInvestigateDeps.client(), audit: page.audit, input: { chatId, limit: 500 } }),
    initialPageParam: FIRST_PAGE,
  });
  return (
    <div className="mx-auto max-w-6xl">
      <QueryProvider>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <Suspense fallback={<p className="text-sm text-muted">Loading the transcript…</p>}>
            <ChatTranscript chatId={chatId} />
          </Suspense>
        </HydrationBoundary>
      </QueryProvider>
    </div>
  );
}
