import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { Suspense } from "react";
import { NotAllowed } from "@/components/ui/not-allowed";
import { ProjectsClient } from "@/components/projects/project-list";
import { QueryProvider } from "@/components/providers/query-provider";
import { pagePrefetch } from "@/lib/server/pages/page-prefetch";
import { requireInvestigatorPage } from "@/lib/server/pages/investigator-page";
import { pinnedQuery } from "@/lib/server/pages/pinned-query";
import { prefetchProjectList } from "./_server/prefetch-projects";

export const metadata: Metadata = { title: "Projects" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Server-prefetches the list (audited like the route) so the rows are in the first paint. */
export default async function ProjectsPage({ searchParams }: { searchParams: SearchParams }) {
  const { state, callbackUrl } = pinnedQuery("/projects", await searchParams);
  const page = await requireInvestigatorPage(callbackUrl);
  if (!page.allowed) return <NotAllowed page="the project list" refusal={page.refusal} />;

  const prefetch = pagePrefetch(page.op);
  if (state.userIds.length) {
    await prefetchProjectList(prefetch, { userIds: state.userIds, from: state.from, to: state.to });
  }
  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg">Projects</h1>
        <p className="mt-1 text-sm text-muted">
          The Claude projects the custodians own, collaborate on or chatted in during the window, and why each is
          listed. Open one for its instructions, attachments and who it is shared with.
        </p>
      </div>
      <QueryProvider>
        <HydrationBoundary state={dehydrate(prefetch.queryClient)}>
          <Suspense fallback={<p className="text-sm text-muted">Loading…</p>}>
            <ProjectsClient />
          </Suspense>
        </HydrationBoundary>
      </QueryProvider>
    </div>
  );
}
