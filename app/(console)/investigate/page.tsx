import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { Suspense } from "react";
import { pagePrefetch } from "@/lib/server/pages/page-prefetch";
import { prefetchChatList } from "./_server/prefetch-chat-list";
import { InvestigateClient } from "@/components/investigate/investigate-client";
import { NotAllowed } from "@/components/ui/not-allowed";
import { QueryProvider } from "@/components/providers/query-provider";
import { requireInvestigatorPage } from "@/lib/server/pages/investigator-page";
import { pinnedQuery } from "@/lib/server/pages/pinned-query";

export const metadata: Metadata = { title: "Investigate" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function InvestigatePage({ searchParams }: { searchParams: SearchParams }) {
  const { state, params, callbackUrl } = pinnedQuery("/investigate", await searchParams);
  const page = await requireInvestigatorPage(callbackUrl);
  if (!page.allowed) return <NotAllowed refusal={page.refusal} />;

  const prefetch = pagePrefetch(page.op);
  await prefetchChatList(prefetch, state, params.get("sort") === "updated_at" ? "updated_at" : "created_at");
  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg">Investigate</h1>
        <p className="mt-1 text-sm text-muted">
          Pick people and a time window, then open a chat to read what they did with Claude.
        </p>
      </div>
      <QueryProvider>
        <HydrationBoundary state={dehydrate(prefetch.queryClient)}>
          <Suspense fallback={<p className="text-sm text-muted">Loading the workspace…</p>}>
            <InvestigateClient />
          </Suspense>
        </HydrationBoundary>
      </QueryProvider>
    </div>
  );
}
