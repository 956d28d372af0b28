import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { UpstreamId } from "@/lib/schemas/investigate";
import { pagePrefetch } from "@/lib/server/pages/page-prefetch";
import { prefetchTranscript } from "../_server/prefetch-transcript";
import { NotAllowed } from "@/components/ui/not-allowed";
import { QueryProvider } from "@/components/providers/query-provider";
import { ChatTranscript } from "@/components/transcript/chat-transcript";
import { requireInvestigatorPage } from "@/lib/server/pages/investigator-page";

export const metadata: Metadata = { title: "Transcript" };
export const dynamic = "force-dynamic";

/** Server-prefetches the first page through the same verb (and audit) as the route, under the same key. */
export default async function ChatPage({ params }: { params: Promise<{ chatId: string }> }) {
  const parsed = UpstreamId.safeParse((await params).chatId);
  if (!parsed.success) notFound();
  const chatId = parsed.data;
  const page = await requireInvestigatorPage(`/chats/${encodeURIComponent(chatId)}`);
  if (!page.allowed) return <NotAllowed page="this chat" refusal={page.refusal} />;
  const prefetch = pagePrefetch(page.op);
  // A failed prefetch is not fatal: the browser retries and shows the error with what to do.
  await prefetchTranscript(prefetch, chatId);
  return (
    <div className="mx-auto max-w-6xl">
      <QueryProvider>
        <HydrationBoundary state={dehydrate(prefetch.queryClient)}>
          <Suspense fallback={<p className="text-sm text-muted">Loading the transcript…</p>}>
            <ChatTranscript chatId={chatId} />
          </Suspense>
        </HydrationBoundary>
      </QueryProvider>
    </div>
  );
}
