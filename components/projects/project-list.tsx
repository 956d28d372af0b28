"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { projectListQuery } from "@/lib/queries/projects";
import { Badge } from "@/components/ui/badge";
import { TableHead } from "@/components/ui/table-head";
import { FilterBar, NoCustodians } from "@/components/investigate/filter-bar";
import { formatDateTime } from "@/components/ui/format-time";
import { QueryError } from "@/components/ui/query-error";
import { useInvestigateState } from "@/components/investigate/use-investigate-state";
import { ProjectListCoverage, ProjectWhy } from "./project-why";

/** The projects the custodians own, collaborate on or chatted in during the window, with why each is listed. */
export function ProjectsClient() {
  const { state } = useInvestigateState();
  return (
    <div className="space-y-5">
      <FilterBar />
      {state.userIds.length === 0 ? (
        <NoCustodians what="projects" />
      ) : (
        <ProjectTable userIds={state.userIds} from={state.from} to={state.to} tz={state.tz} />
      )}
    </div>
  );
}

function ProjectTable({ userIds, from, to, tz }: { userIds: string[]; from: string; to: string; tz: "local" | "utc" }) {
  const query = useQuery(projectListQuery({ userIds, from, to }));
  if (query.isPending)
    return (
      <p className="text-sm text-muted" aria-busy="true">
        Loading projects…
      </p>
    );
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} what="projects" />;
  const rows = query.data.items;
  const coverage = <ProjectListCoverage coverage={query.data.coverage} />;
  if (rows.length === 0)
    return (
      <div className="space-y-3">
        <div className="rounded-xl border border-line bg-surface px-5 py-12 text-center shadow-card">
          <p className="font-medium text-fg">No projects for these custodians in this window</p>
          <p className="mt-1 text-sm text-muted">Widen the time window or add custodians.</p>
        </div>
        {coverage}
      </div>
    );
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-xl border border-line bg-surface shadow-card">
        <table className="w-full text-sm">
          <TableHead columns={["Project", "Why listed", "Owner", "Created", "Updated", "Visibility"]} />
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} className="border-t border-line hover:bg-surface-2" data-testid="project-row">
                <td className="px-5 py-2.5">
                  <Link
                    href={`/projects/${encodeURIComponent(p.id)}`}
                    className="font-medium text-fg hover:text-accent-text hover:underline"
                  >
                    {p.name || "Untitled project"}
                  </Link>{" "}
                  {p.deletedAt ? <Badge tone="danger">deleted</Badge> : null}
                </td>
                <td className="px-5 py-2.5">
                  <ProjectWhy why={p.why} />
                </td>
                <td className="px-5 py-2.5 text-muted">{p.owner?.email ?? "—"}</td>
                <td className="px-5 py-2.5 text-muted tabular-nums">{formatDateTime(p.createdAt, tz)}</td>
                <td className="px-5 py-2.5 text-muted tabular-nums">{formatDateTime(p.updatedAt, tz)}</td>
                <td className="px-5 py-2.5">
                  {p.isPrivate === null ? (
                    "—"
                  ) : p.isPrivate ? (
                    <Badge>private</Badge>
                  ) : (
                    <Badge tone="accent">shared</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {coverage}
    </div>
  );
}
