import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { Suspense } from "react";
import { codeArtifactFilterOf, sessionsViewOf } from "@/components/code-artifacts/code-artifact-params";
import { NotAllowed } from "@/components/ui/not-allowed";
import { QueryProvider } from "@/components/providers/query-provider";
import { SessionsClient } from "@/components/transcript/session-list";
import { pagePrefetch } from "@/lib/server/pages/page-prefetch";
import { requireInvestigatorPage } from "@/lib/server/pages/investigator-page";
import { pinnedQuery } from "@/lib/server/pages/pinned-query";
import { prefetchCodeArtifactList, prefetchSessionList } from "./_server/prefetch-sessions";

export const metadata: Metadata = { title: "Sessions" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Server-prefetches the first page of the list (audited like the route) so the rows are in the first paint. */
export default async function SessionsPage({ searchParams }: { searchParams: SearchParams }) {
  const { state, params, callbackUrl } = pinnedQuery("/sessions", await searchParams);
  const page = await requireInvestigatorPage(callbackUrl);
  if (!page.allowed) return <NotAllowed page="the session list" refusal={page.refusal} />;

  const prefetch = pagePrefetch(page.op);
  if (state.userIds.length) {
    // Read exactly as SessionsClient reads it, or the prefetch lands under another key.
    const view = sessionsViewOf(params);
    if (view === "code") await prefetchCodeArtifactList(prefetch, codeArtifactFilterOf(state, params));
    else await prefetchSessionList(prefetch, { kind: view, userIds: state.userIds, from: state.from, to: state.to });
  }
  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg">Sessions</h1>
        <p className="mt-1 text-sm text-muted">
          Agent sessions run in the cloud (Cowork) or on custodians&apos; machines (Claude Code and friends), and the
          code artifacts they published from Claude Code.
        </p>
      </div>
      <QueryProvider>
        <HydrationBoundary state={dehydrate(prefetch.queryClient)}>
          <Suspense fallback={<p className="text-sm text-muted">Loading…</p>}>
            <SessionsClient />
          </Suspense>
        </HydrationBoundary>
      </QueryProvider>
    </div>
  );
}
