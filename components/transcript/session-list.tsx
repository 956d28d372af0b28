"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { sessionListQuery } from "@/lib/queries/sessions";
import type { SessionKind } from "@/lib/schemas/investigate";
import { Badge } from "@/components/ui/badge";
import { LoadMoreButton } from "@/components/ui/load-more-button";
import { TableHead } from "@/components/ui/table-head";
import { FilterBar, NoCustodians } from "@/components/investigate/filter-bar";
import { formatDateTime } from "@/components/ui/format-time";
import { QueryError } from "@/components/ui/query-error";
import { useInvestigateState } from "@/components/investigate/use-investigate-state";
import { CodeArtifactsView } from "@/components/code-artifacts/code-artifact-list";
import { sessionsViewOf, type SessionsView } from "@/components/code-artifacts/code-artifact-params";

const VIEWS: ReadonlyArray<{ view: SessionsView; label: string }> = [
  { view: "remote", label: "Remote (cloud)" },
  { view: "local", label: "Local (on device)" },
  { view: "code", label: "Code artifacts" },
];

/** Remote (cloud) and local (on-device) agent sessions of the custodians in the window, and their Claude Code artifacts. */
export function SessionsClient() {
  const { state, params, navigate } = useInvestigateState();
  const view = sessionsViewOf(params);
  return (
    <div className="space-y-5">
      <FilterBar />
      <div role="group" aria-label="Show" className="inline-flex rounded-lg border border-line-strong bg-surface p-0.5">
        {VIEWS.map((v) => (
          <button
            key={v.view}
            type="button"
            aria-pressed={view === v.view}
            onClick={() => navigate((s) => s, { kind: v.view })}
            className="rounded-md px-3 py-1 text-sm text-muted aria-pressed:bg-accent aria-pressed:text-accent-fg"
          >
            {v.label}
          </button>
        ))}
      </div>
      {view === "code" ? (
        <CodeArtifactsView />
      ) : state.userIds.length === 0 ? (
        <NoCustodians what="sessions" />
      ) : (
        <SessionTable kind={view} userIds={state.userIds} from={state.from} to={state.to} tz={state.tz} />
      )}
    </div>
  );
}

function SessionTable({
  kind,
  userIds,
  from,
  to,
  tz,
}: {
  kind: SessionKind;
  userIds: string[];
  from: string;
  to: string;
  tz: "local" | "utc";
}) {
  const query = useInfiniteQuery(sessionListQuery({ kind, userIds, from, to }));
  if (query.isPending)
    return (
      <p className="text-sm text-muted" aria-busy="true">
        Loading sessions…
      </p>
    );
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} what="sessions" />;
  const rows = query.data.pages.flatMap((p) => p.items);
  const last = query.data.pages.at(-1);
  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface shadow-card">
      {rows.length === 0 ? (
        <div className="px-5 py-12 text-center">
          <p className="font-medium text-fg">No {kind} sessions found yet</p>
          <p className="mt-1 text-sm text-muted">
            {query.hasNextPage
              ? "Part of the window is still unscanned: load more."
              : "Widen the window or add custodians."}
          </p>
        </div>
      ) : (
        <table className="w-full text-sm">
          <TableHead columns={["Session", "Custodian", "Surface", "Status", "Created", "Updated"]} />
          <tbody>
            {rows.map((s) => (
              <tr key={s.id} className="border-t border-line hover:bg-surface-2" data-testid="session-row">
                <td className="px-5 py-2.5">
                  <Link
                    href={`/sessions/${s.kind}/${encodeURIComponent(s.id)}`}
                    className="font-mono text-xs font-medium text-fg hover:text-accent-text hover:underline"
                  >
                    {s.id}
                  </Link>{" "}
                  {s.truncated ? <Badge tone="warning">truncated</Badge> : null}
                </td>
                <td className="px-5 py-2.5 text-muted">
                  {s.custodian?.email ?? (s.agentId ? `agent ${s.agentId}` : "—")}
                </td>
                <td className="px-5 py-2.5 text-muted">{s.productSurface ?? "—"}</td>
                <td className="px-5 py-2.5">{s.status ? <Badge>{s.status}</Badge> : "—"}</td>
                <td className="px-5 py-2.5 text-muted tabular-nums">{formatDateTime(s.createdAt, tz)}</td>
                <td className="px-5 py-2.5 text-muted tabular-nums">{formatDateTime(s.updatedAt, tz)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {query.hasNextPage ? (
        <div className="flex items-center justify-between border-t border-line px-5 py-2.5 text-sm text-muted">
          <span>
            {last?.partial ? `Scanned ${last.scanned} sessions so far; more of the window remains.` : "More sessions."}
          </span>
          <LoadMoreButton onLoadMore={query.fetchNextPage} isLoading={query.isFetchingNextPage} />
        </div>
      ) : null}
    </div>
  );
}
