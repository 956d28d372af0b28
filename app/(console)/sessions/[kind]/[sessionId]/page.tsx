import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SessionKind, UpstreamId } from "@/lib/schemas/investigate";
import { NotAllowed } from "@/components/ui/not-allowed";
import { QueryProvider } from "@/components/providers/query-provider";
import { SessionTranscript } from "@/components/transcript/session-transcript";
import { pagePrefetch } from "@/lib/server/pages/page-prefetch";
import { requireInvestigatorPage } from "@/lib/server/pages/investigator-page";
import { prefetchSessionTranscript } from "../../_server/prefetch-sessions";

export const metadata: Metadata = { title: "Session" };
export const dynamic = "force-dynamic";

/**
 * Server-prefetches the transcript's first page (audited like the route). An unknown id is not prefetched (the
 * upstream 404 is swallowed): the browser asks the route and shows its error, as before.
 */
export default async function SessionPage({ params }: { params: Promise<{ kind: string; sessionId: string }> }) {
  const raw = await params;
  const kind = SessionKind.safeParse(raw.kind);
  const id = UpstreamId.safeParse(raw.sessionId);
  if (!kind.success || !id.success) notFound();
  const page = await requireInvestigatorPage(`/sessions/${kind.data}/${encodeURIComponent(id.data)}`);
  if (!page.allowed) return <NotAllowed page="this session" refusal={page.refusal} />;
  const prefetch = pagePrefetch(page.op);
  await prefetchSessionTranscript(prefetch, kind.data, id.data);
  return (
    <div className="mx-auto max-w-6xl">
      <QueryProvider>
        <HydrationBoundary state={dehydrate(prefetch.queryClient)}>
          <SessionTranscript kind={kind.data} sessionId={id.data} />
        </HydrationBoundary>
      </QueryProvider>
    </div>
  );
}
