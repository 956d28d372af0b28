"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Fragment, useOptimistic, useTransition } from "react";
import { codeArtifactListQuery, type CodeArtifactListFilter } from "@/lib/queries/code-artifacts";
import type { CodeArtifactDto } from "@/lib/schemas/investigate";
import { formatDateTime } from "@/components/ui/format-time";
import type { TimeZoneMode } from "@/lib/urls/investigate-url";
import { QueryError } from "@/components/ui/query-error";
import { useInvestigateState } from "@/components/investigate/use-investigate-state";
import { Badge } from "@/components/ui/badge";
import { ChevronRightIcon } from "@/components/ui/icons";
import { LoadMoreButton } from "@/components/ui/load-more-button";
import { codeArtifactFilterOf, UPDATED_IN_WINDOW, UPDATED_PARAM } from "./code-artifact-params";
import { CodeArtifactVersions } from "./code-artifact-versions";
import { WindowChoice } from "./window-choice";
import { useToggleSet } from "@/components/ui/use-toggle-set";

/** Claude Code artifacts the custodians published: all of them unless the analyst narrows to the time window. */
export function CodeArtifactsView() {
  const { state, params, navigate } = useInvestigateState();
  const filter = codeArtifactFilterOf(state, params);
  // The URL is the state, but it changes only once the navigation commits: show the choice at once meanwhile.
  const [isNavigating, startTransition] = useTransition();
  const [isApplied, setIsApplied] = useOptimistic(filter.updated !== null);
  const onWindowChange = (apply: boolean) =>
    startTransition(() => {
      setIsApplied(apply);
      navigate((s) => s, { [UPDATED_PARAM]: apply ? UPDATED_IN_WINDOW : null });
    });
  if (state.userIds.length === 0) {
    return (
      <div
        className="rounded-xl border border-dashed border-line-strong px-6 py-14 text-center"
        data-testid="investigate-empty"
      >
        <p className="font-medium text-fg">Pick up to 10 custodians to see their Claude Code artifacts</p>
        <p className="mt-1 text-sm text-muted">
          Search the directory by name or email, or add a whole group. Every artifact they own is listed, whatever the
          time window.
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <WindowChoice isApplied={isApplied} isUpdating={isNavigating} onChange={onWindowChange} />
      <CodeArtifactTable filter={filter} tz={state.tz} />
    </div>
  );
}

const READ_MODES: Record<string, string> = {
  org: "organization",
  owner: "owner only",
  public: "public link",
  users: "named users",
};

function CodeArtifactTable({ filter, tz }: { filter: CodeArtifactListFilter; tz: TimeZoneMode }) {
  const query = useInfiniteQuery(codeArtifactListQuery(filter));
  const [openIds, toggle] = useToggleSet();
  if (query.isPending)
    return (
      <p className="text-sm text-muted" aria-busy="true">
        Loading code artifacts…
      </p>
    );
  if (query.isError)
    return <QueryError error={query.error} onRetry={() => void query.refetch()} what="code artifacts" />;
  const rows = query.data.pages.flatMap((p) => p.items);
  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface shadow-card">
      {rows.length === 0 ? (
        <EmptyList hasMore={query.hasNextPage} isWindowed={filter.updated !== null} />
      ) : (
        <table className="w-full text-sm" data-testid="code-artifact-table">
          <thead className="bg-surface-2 text-left text-xs text-muted">
            <tr>
              <th scope="col" className="w-10 py-2 pl-4">
                <span className="sr-only">Versions</span>
              </th>
              {["Artifact", "Owner", "Read mode", "Published", "Versions", "Updated"].map((c) => (
                <th key={c} scope="col" className="px-4 py-2 font-medium">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <ArtifactRow key={a.id} artifact={a} tz={tz} isOpen={openIds.has(a.id)} onToggle={() => toggle(a.id)} />
            ))}
          </tbody>
        </table>
      )}
      {query.hasNextPage ? (
        <div className="flex items-center justify-between border-t border-line px-5 py-2.5 text-sm text-muted">
          <span>{rows.length === 0 ? "The Compliance API has more pages to read." : "More artifacts."}</span>
          <LoadMoreButton onLoadMore={query.fetchNextPage} isLoading={query.isFetchingNextPage} />
        </div>
      ) : null}
    </div>
  );
}

function ArtifactRow({
  artifact: a,
  tz,
  isOpen,
  onToggle,
}: {
  artifact: CodeArtifactDto;
  tz: TimeZoneMode;
  isOpen: boolean;
  onToggle: () => void;
}) {
  const versionsId = `code-artifact-versions-${a.id}`;
  const published = a.versions.find((v) => v.isPublished);
  const label = a.title ?? "Untitled artifact";
  return (
    <Fragment>
      <tr
        className={`border-t border-line ${isOpen ? "bg-surface-2/50" : "hover:bg-surface-2/40"}`}
        data-testid="code-artifact-row"
        data-artifact-id={a.id}
      >
        <td className="py-2.5 pl-4">
          <button
            type="button"
            aria-expanded={isOpen}
            aria-controls={versionsId}
            aria-label={`Versions of ${label}`}
            onClick={onToggle}
            className="grid size-6 place-items-center rounded-md text-subtle hover:bg-surface-2 hover:text-fg"
          >
            <ChevronRightIcon className={`transition-transform ${isOpen ? "rotate-90" : ""}`} />
          </button>
        </td>
        <td className="px-4 py-2.5">
          <span className="block font-medium break-words text-fg" data-testid="code-artifact-title">
            {label}
          </span>
          <span className="block font-mono text-xs text-subtle">{a.id}</span>
        </td>
        <td className="px-4 py-2.5 text-muted">{a.owner?.email ?? a.owner?.id ?? "agent session"}</td>
        <td className="px-4 py-2.5">
          {a.readMode ? (
            <Badge tone={a.readMode === "public" ? "warning" : "neutral"}>{READ_MODES[a.readMode] ?? a.readMode}</Badge>
          ) : (
            "—"
          )}
        </td>
        <td className="px-4 py-2.5 text-muted">
          {published ? (
            published.createdAt ? (
              <span className="whitespace-nowrap tabular-nums">{formatDateTime(published.createdAt, tz)}</span>
            ) : (
              "yes (time not recorded)"
            )
          ) : a.publishedVersionId ? (
            <span className="font-mono text-xs" title="The published version is not among the versions kept">
              {a.publishedVersionId}
            </span>
          ) : (
            "none"
          )}
        </td>
        <td className="px-4 py-2.5 text-muted tabular-nums">{a.versions.length}</td>
        <td className="px-4 py-2.5 whitespace-nowrap text-muted tabular-nums">
          {a.updatedAt ? formatDateTime(a.updatedAt, tz) : "not recorded"}
        </td>
      </tr>
      {isOpen ? (
        <tr id={versionsId} className="bg-surface-2/50">
          <td />
          <td colSpan={6} className="px-4 pt-1 pb-4">
            <CodeArtifactVersions artifact={a} tz={tz} />
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}

function EmptyList({ hasMore, isWindowed }: { hasMore: boolean; isWindowed: boolean }) {
  const hint = hasMore
    ? "None found yet, but the Compliance API has more pages to read: load more."
    : isWindowed
      ? "None was updated in the window. List every artifact instead (above), widen the window, or add custodians."
      : "They have published none with Claude Code. Artifacts published by agent sessions have no owner, so they are not listed per custodian.";
  return (
    <div className="px-5 py-12 text-center" data-testid="code-artifacts-empty">
      <p className="font-medium text-fg">
        {hasMore ? "No code artifacts found yet" : "No code artifacts for these custodians"}
      </p>
      <p className="mt-1 text-sm text-muted">{hint}</p>
    </div>
  );
}
