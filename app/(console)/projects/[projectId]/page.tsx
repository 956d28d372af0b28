import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UpstreamId } from "@/lib/schemas/investigate";
import { NotAllowed } from "@/components/investigate/not-allowed";
import { ProjectDetail } from "@/components/projects/project-detail";
import { QueryProvider } from "@/components/providers/query-provider";
import { requireInvestigatorPage } from "../../investigate/_server/investigator-page";

export const metadata: Metadata = { title: "Project" };
export const dynamic = "force-dynamic";

export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const parsed = UpstreamId.safeParse((await params).projectId);
  if (!parsed.success) notFound();
  const page = await requireInvestigatorPage(`/projects/${encodeURIComponent(parsed.data)}`);
  if (!page.allowed) return <NotAllowed />;
  return (
    <div className="mx-auto max-w-5xl">
      <QueryProvider>
        <ProjectDetail projectId={parsed.data} />
      </QueryProvider>
    </div>
  );
}
