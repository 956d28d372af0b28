import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SessionKind, UpstreamId } from "@/lib/schemas/investigate";
import { NotAllowed } from "@/components/investigate/not-allowed";
import { QueryProvider } from "@/components/providers/query-provider";
import { SessionTranscript } from "@/components/transcript/session-transcript";
import { requireInvestigatorPage } from "../../../investigate/_server/investigator-page";

export const metadata: Metadata = { title: "Session" };
export const dynamic = "force-dynamic";

export default async function SessionPage({ params }: { params: Promise<{ kind: string; sessionId: string }> }) {
  const raw = await params;
  const kind = SessionKind.safeParse(raw.kind);
  const id = UpstreamId.safeParse(raw.sessionId);
  if (!kind.success || !id.success) notFound();
  const page = await requireInvestigatorPage(`/sessions/${kind.data}/${encodeURIComponent(id.data)}`);
  if (!page.allowed) return <NotAllowed />;
  return (
    <div className="mx-auto max-w-6xl">
      <QueryProvider>
        <SessionTranscript kind={kind.data} sessionId={id.data} />
      </QueryProvider>
    </div>
  );
}
