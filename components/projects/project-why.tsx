"use client";

import type { ProjectListCoverageDto, ProjectWhyDto } from "@/lib/schemas/investigate";
import { Badge } from "@/components/ui/badge";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Why a project is on the custodians' list: they own it, it is shared with them by name, or they chatted in it. */
export function ProjectWhy({ why }: { why: ProjectWhyDto }) {
  return (
    <div className="flex flex-wrap gap-1.5" data-testid="project-why">
      {why.isOwnedByCustodian ? (
        <span data-testid="why-owner">
          <Badge tone="accent">owner</Badge>
        </span>
      ) : null}
      {why.collaborators.map((c) => (
        <span key={c.custodian.id} data-testid="why-collaborator" title="Shared with this custodian by name">
          <Badge>
            {c.role}: {c.custodian.email ?? c.custodian.id}
          </Badge>
        </span>
      ))}
      {why.chatsInWindow > 0 ? (
        <span data-testid="why-chats">
          <Badge tone="success">{plural(why.chatsInWindow, "chat", "chats")} in window</Badge>
        </span>
      ) : null}
      {why.collaboratorsChecked ? null : (
        <span title="Not read, to spare the shared rate budget: a custodian may also be a collaborator here">
          <Badge tone="warning">collaborators not checked</Badge>
        </span>
      )}
    </div>
  );
}

/** What the list covers, and where its bounded reads stopped short (a partial list says so, and how to narrow it). */
export function ProjectListCoverage({ coverage }: { coverage: ProjectListCoverageDto }) {
  const gaps = [
    coverage.chatsPartial ? "only the first chats of the window were read" : null,
    coverage.ownedPartial ? "the custodians own more projects than were read" : null,
    coverage.projectsNotRead > 0
      ? `${plural(coverage.projectsNotRead, "more project holds", "more projects hold")} some of these chats but ${coverage.projectsNotRead === 1 ? "was" : "were"} not read`
      : null,
    coverage.collaboratorsUnchecked > 0
      ? `the collaborators of ${plural(coverage.collaboratorsUnchecked, "project", "projects")} were not checked`
      : null,
  ].filter((g): g is string => g !== null);
  return (
    <div className="space-y-1 text-sm" data-testid="project-list-coverage">
      <p className="text-muted">
        Listed: the projects the custodians own, the projects their chats started in this window are in (
        {plural(coverage.chatsRead, "chat", "chats")} read), and the custodians each is shared with by name. A project
        they only collaborate on, without a chat in the window, is not found: the Compliance API lists collaborators per
        project only.
      </p>
      {gaps.length ? (
        <p className="text-warning" data-testid="project-list-partial">
          Partial list, to spare the shared rate budget: {gaps.join("; ")}. Narrow the window or the custodians.
        </p>
      ) : null}
    </div>
  );
}
