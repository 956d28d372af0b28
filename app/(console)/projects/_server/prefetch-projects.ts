import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { projectListQuery, projectQuery, type ProjectListFilter } from "@/lib/queries/projects";
import { ListProjectsQuery, ProjectParams } from "@/lib/schemas/investigate";
import type { VerbAudit } from "@/lib/server/investigate/audited";
import type { InvestigateDeps } from "@/lib/server/investigate/deps";
import { getProject } from "@/lib/server/projects/get-project";
import { listProjects } from "@/lib/server/projects/list-projects";

export type PagePrefetch = { queryClient: QueryClient; deps: InvestigateDeps; audit: VerbAudit };

// Each prefetch takes the browser's own query options (key, first page param) and swaps only the fetch for the
// verb behind the route, parsed with the route's schema: the browser then hydrates fresh data under the key it
// reads, does not fetch again within staleTime, and the read is audited once, as the route would audit it.
// No retry: makeQueryClient never retries on the server. A failed prefetch is not dehydrated (only successes are):
// the browser fetches through the route and shows the error or the data itself.

/** First page of GET /api/projects for the filter the project list reads from the URL. */
export async function prefetchProjectList({ queryClient, deps, audit }: PagePrefetch, filter: ProjectListFilter): Promise<void> {
  const options = projectListQuery(filter);
  const [, , f] = options.queryKey;
  await queryClient.prefetchInfiniteQuery({
    ...options,
    queryFn: () => listProjects({ client: deps.client(), audit, input: ListProjectsQuery.parse({ user_ids: f.userIds, from: f.from, to: f.to, limit: f.limit }) }),
  });
}

/** GET /api/projects/{projectId}: the project with its attachments and collaborators, all the detail page shows. */
export async function prefetchProject({ queryClient, deps, audit }: PagePrefetch, projectId: string): Promise<void> {
  await queryClient.prefetchQuery({
    ...projectQuery(projectId),
    queryFn: () => getProject({ client: deps.client(), directory: deps.directory(), audit, input: ProjectParams.parse({ projectId }) }),
  });
}
