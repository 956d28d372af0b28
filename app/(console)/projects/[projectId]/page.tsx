import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { makeQueryClient } from "@/lib/queries/query-client";
import { UpstreamId } from "@/lib/schemas/investigate";
import { defaultInvestigateDeps } from "@/lib/server/investigate/deps";
import { NotAllowed } from "@/components/investigate/not-allowed";
import { ProjectDetail } from "@/components/projects/project-detail";
import { QueryProvider } from "@/components/providers/query-provider";
import { requireInvestigatorPage } from "../../investigate/_server/investigator-page";
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
  if (!page.allowed) return <NotAllowed />;
  const queryClient = makeQueryClient();
  await prefetchProject({ queryClient, deps: defaultInvestigateDeps, audit: page.audit }, projectId);
  return (
    <div className="mx-auto max-w-5xl">
      <QueryProvider>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <ProjectDetail projectId={projectId} />
        </HydrationBoundary>
      </QueryProvider>
    </div>
  );
}
