import "server-only";
import { projectListQuery, projectQuery, type ProjectListFilter } from "@/lib/queries/projects";
import { ListProjectsQuery, ProjectParams } from "@/lib/schemas/investigate";
import { getProject } from "@/lib/server/projects/get-project";
import { listProjects } from "@/lib/server/projects/list-projects";
import type { PagePrefetch } from "@/lib/server/pages/page-prefetch";

// The contract every page prefetch keeps is in lib/server/pages/page-prefetch.ts.

/** GET /api/projects for the filter the project list reads from the URL (the list is one read, not pages). */
export async function prefetchProjectList({ queryClient, op }: PagePrefetch, filter: ProjectListFilter): Promise<void> {
  const options = projectListQuery(filter);
  const [, , f] = options.queryKey;
  await queryClient.prefetchQuery({
    ...options,
    queryFn: () =>
      listProjects({
        ...op,
        input: ListProjectsQuery.parse({ user_ids: f.userIds, from: f.from, to: f.to }),
      }),
  });
}

/** GET /api/projects/{projectId}: the project with its attachments and collaborators, all the detail page shows. */
export async function prefetchProject({ queryClient, op }: PagePrefetch, projectId: string): Promise<void> {
  await queryClient.prefetchQuery({
    ...projectQuery(projectId),
    queryFn: () => getProject({ ...op, input: ProjectParams.parse({ projectId }) }),
  });
}
