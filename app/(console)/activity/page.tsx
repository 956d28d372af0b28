import type { Metadata } from "next";
import { Suspense } from "react";
import { ActivityFeed } from "@/components/activity/activity-feed";
import { NotAllowed } from "@/components/investigate/not-allowed";
import { QueryProvider } from "@/components/providers/query-provider";
import { requireInvestigatorPage } from "../investigate/_server/investigator-page";
import { pinnedQuery } from "../investigate/_server/pinned-query";

export const metadata: Metadata = { title: "Activity" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ActivityPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl } = pinnedQuery("/activity", await searchParams);
  const page = await requireInvestigatorPage(callbackUrl, "activity:read");
  if (!page.allowed) return <NotAllowed />;
  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg">Activity</h1>
        <p className="mt-1 text-sm text-muted">What happened across the organizations: sign-ins, chats, files, settings. Click an event for every field.</p>
      </div>
      <QueryProvider>
        <Suspense fallback={<p className="text-sm text-muted">Loading…</p>}>
          <ActivityFeed />
        </Suspense>
      </QueryProvider>
    </div>
  );
}
