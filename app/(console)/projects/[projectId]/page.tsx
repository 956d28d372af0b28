import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UpstreamId } from "@/lib/schemas/investigate";
import { NotAllowed } from "@/components/ui/not-allowed";
import { ProjectDetail } from "@/components/projects/project-detail";
import { QueryProvider } from "@/components/providers/query-provider";
import { pagePrefetch } from "@/lib/server/pages/page-prefetch";
import { requireInvestigatorPage } from "@/lib/server/pages/investigator-page";
import { prefetchProject } from "../_server/prefetch-projects";

export const metadata: Metadata = { title: "Project" };
export const dynamic = "force-dynamic";

/**
 * Server-prefetches the project with its attachments and collaborators (audited like the route). An unknown id is
 * not prefetched (the upstream 404 is swallowed): the browser asks the route and shows its error, as before.
 */
export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const parsed = UpstreamId.safeParse((await params).projectId);
  if (!parsed.success) notFound();
  const projectId = parsed.data;
  const page = await requireInvestigatorPage(`/projects/${encodeURIComponent(projectId)}`);
  if (!page.allowed) return <NotAllowed page="this project" refusal={page.refusal} />;
  const prefetch = pagePrefetch(page.op);
  await prefetchProject(prefetch, projectId);
  return (
    <div className="mx-auto max-w-5xl">
      <QueryProvider>
        <HydrationBoundary state={dehydrate(prefetch.queryClient)}>
          <ProjectDetail projectId={projectId} />
        </HydrationBoundary>
      </QueryProvider>
    </div>
  );
}
