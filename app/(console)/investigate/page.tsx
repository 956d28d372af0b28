import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { Suspense } from "react";
import { chatKeys } from "@/lib/queries/chats";
import { FIRST_PAGE } from "@/lib/queries/cursor-pages";
import { makeQueryClient } from "@/lib/queries/query-client";
import { listChats } from "@/lib/server/chats/list-chats";
import { defaultInvestigateDeps } from "@/lib/server/investigate/deps";
import { InvestigateClient } from "@/components/investigate/investigate-client";
import { CHAT_PAGE_SIZE } from "@/components/investigate/investigate-url";
import { NotAllowed } from "@/components/investigate/not-allowed";
import { QueryProvider } from "@/components/providers/query-provider";
import { requireInvestigatorPage } from "./_server/investigator-page";
import { pinnedQuery } from "./_server/pinned-query";

export const metadata: Metadata = { title: "Investigate" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function InvestigatePage({ searchParams }: { searchParams: SearchParams }) {
  const { state, params, callbackUrl } = pinnedQuery("/investigate", await searchParams);
  const page = await requireInvestigatorPage(callbackUrl);
  if (!page.allowed) return <NotAllowed refusal={page.refusal} />;

  const queryClient = makeQueryClient();
  if (state.userIds.length) {
    const sort = params.get("sort") === "updated_at" ? "updated_at" : "created_at";
    await queryClient.prefetchInfiniteQuery({
      queryKey: chatKeys.list({ userIds: state.userIds, from: state.from, to: state.to, sort, limit: CHAT_PAGE_SIZE }),
      queryFn: () =>
        listChats({
          client: defaultInvestigateDeps.client(),
          audit: page.audit,
          input: {
            user_ids: state.userIds,
            from: state.from,
            to: state.to,
            sort,
            limit: CHAT_PAGE_SIZE,
            cursor: undefined,
          },
        }),
      initialPageParam: FIRST_PAGE,
    });
  }
  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg">Investigate</h1>
        <p className="mt-1 text-sm text-muted">
          Pick people and a time window, then open a chat to read what they did with Claude.
        </p>
      </div>
      <QueryProvider>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <Suspense fallback={<p className="text-sm text-muted">Loading the workspace…</p>}>
            <InvestigateClient />
          </Suspense>
        </HydrationBoundary>
      </QueryProvider>
    </div>
  );
}
