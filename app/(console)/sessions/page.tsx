import type { Metadata } from "next";
import { Suspense } from "react";
import { NotAllowed } from "@/components/investigate/not-allowed";
import { QueryProvider } from "@/components/providers/query-provider";
import { SessionsClient } from "@/components/transcript/session-list";
import { requireInvestigatorPage } from "../investigate/_server/investigator-page";
import { pinnedQuery } from "../investigate/_server/pinned-query";

export const metadata: Metadata = { title: "Sessions" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SessionsPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl } = pinnedQuery("/sessions", await searchParams);
  const page = await requireInvestigatorPage(callbackUrl);
  if (!page.allowed) return <NotAllowed />;
  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg">Sessions</h1>
        <p className="mt-1 text-sm text-muted">Agent sessions run in the cloud (Cowork) or on custodians&apos; machines (Claude Code and friends).</p>
      </div>
      <QueryProvider>
        <Suspense fallback={<p className="text-sm text-muted">Loading…</p>}>
          <SessionsClient />
        </Suspense>
      </QueryProvider>
    </div>
  );
}
