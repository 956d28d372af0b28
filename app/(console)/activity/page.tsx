import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { Suspense } from "react";
import { ActivityFeed } from "@/components/activity/activity-feed";
import { activityFilterOf } from "@/components/activity/activity-url";
import { NotAllowed } from "@/components/ui/not-allowed";
import { QueryProvider } from "@/components/providers/query-provider";
import { requireInvestigatorPage } from "@/lib/server/pages/investigator-page";
import { pagePrefetch } from "@/lib/server/pages/page-prefetch";
import { pinnedActivityQuery } from "./_server/pinned-activity-query";
import { prefetchActivity } from "./_server/prefetch-activity";

export const metadata: Metadata = { title: "Activity" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ActivityPage({ searchParams }: { searchParams: SearchParams }) {
  const { state, params, callbackUrl } = pinnedActivityQuery(await searchParams);
  const page = await requireInvestigatorPage(callbackUrl, "activity:read");
  if (!page.allowed) return <NotAllowed page="the activity feed" refusal={page.refusal} />;
  const prefetch = pagePrefetch(page.op);
  await prefetchActivity(prefetch, activityFilterOf(state, params));
  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg">Activity</h1>
        <p className="mt-1 text-sm text-muted">
          What happened across the organizations: sign-ins, chats, files, settings. Click an event for every field.
        </p>
      </div>
      <QueryProvider>
        <HydrationBoundary state={dehydrate(prefetch.queryClient)}>
          <Suspense fallback={<p className="text-sm text-muted">Loading…</p>}>
            <ActivityFeed />
          </Suspense>
        </HydrationBoundary>
      </QueryProvider>
    </div>
  );
}
