import "server-only";
import { codeArtifactListQuery, type CodeArtifactListFilter } from "@/lib/queries/code-artifacts";
import { sessionListQuery, sessionTranscriptQuery, type SessionListFilter } from "@/lib/queries/sessions";
import {
  ListCodeArtifactsQuery,
  ListSessionsQuery,
  SessionParams,
  SessionTranscriptQuery,
  type SessionKind,
} from "@/lib/schemas/investigate";
import { listCodeArtifacts } from "@/lib/server/code-artifacts/list-code-artifacts";
import { getSessionTranscript } from "@/lib/server/sessions/get-session-transcript";
import { listSessions } from "@/lib/server/sessions/list-sessions";
import type { PagePrefetch } from "@/lib/server/pages/page-prefetch";

// The contract every page prefetch keeps is in lib/server/pages/page-prefetch.ts.

/** First page of GET /api/sessions for the kind and filter the session list reads from the URL. */
export async function prefetchSessionList({ queryClient, op }: PagePrefetch, filter: SessionListFilter): Promise<void> {
  const options = sessionListQuery(filter);
  const [, , f] = options.queryKey;
  await queryClient.prefetchInfiniteQuery({
    ...options,
    queryFn: () =>
      listSessions({
        ...op,
        input: ListSessionsQuery.parse({ user_ids: f.userIds, from: f.from, to: f.to, kind: f.kind, limit: f.limit }),
      }),
  });
}

/** First page of GET /api/sessions/{kind}/{sessionId}/messages; the browser asks without a limit, so the route's default. */
export async function prefetchSessionTranscript(
  { queryClient, op }: PagePrefetch,
  kind: SessionKind,
  sessionId: string,
): Promise<void> {
  await queryClient.prefetchInfiniteQuery({
    ...sessionTranscriptQuery(kind, sessionId),
    queryFn: () =>
      getSessionTranscript({
        ...op,
        input: { ...SessionParams.parse({ kind, sessionId }), ...SessionTranscriptQuery.parse({}) },
      }),
  });
}

/** First page of GET /api/code-artifacts for the custodians (and window, when applied) the code artifact view reads. */
export async function prefetchCodeArtifactList(
  { queryClient, op }: PagePrefetch,
  filter: CodeArtifactListFilter,
): Promise<void> {
  const options = codeArtifactListQuery(filter);
  const [, , f] = options.queryKey;
  const query = ListCodeArtifactsQuery.parse({
    user_ids: f.userIds,
    updated_from: f.updatedFrom ?? undefined,
    updated_to: f.updatedTo ?? undefined,
    limit: f.limit,
  });
  await queryClient.prefetchInfiniteQuery({
    ...options,
    queryFn: () => listCodeArtifacts({ ...op, input: query }),
  });
}
