"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { projectQuery } from "@/lib/queries/projects";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format-time";
import { BackLink } from "@/components/ui/back-link";
import { QueryError } from "@/components/ui/query-error";
import { useDisplayTz } from "@/components/ui/use-display-tz";
import { AttachmentRow } from "./attachment-row";
import { PROJECT_CHATS_ID, ProjectChats } from "./project-chats";

/** A project: what it is for, its chats, its attachments (previewed safely, downloadable) and who can see it. */
export function ProjectDetail({ projectId }: { projectId: string }) {
  const query = useQuery(projectQuery(projectId));
  const tz = useDisplayTz("local");
  // The chat list is read on demand (the "Chats" link), then brought into view.
  const [showChats, setShowChats] = useState(false);
  useEffect(() => {
    if (showChats) document.getElementById(PROJECT_CHATS_ID)?.focus();
  }, [showChats]);
  if (query.isPending)
    return (
      <p className="text-sm text-muted" aria-busy="true">
        Loading the project…
      </p>
    );
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} what="this project" />;
  const p = query.data;
  return (
    <div className="space-y-5">
      <BackLink fallback="/projects" label="Projects" />
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-xl font-semibold tracking-tight text-fg">{p.name || "Untitled project"}</h1>
        {p.deletedAt ? <Badge tone="danger">deleted {formatDateTime(p.deletedAt, "utc")}</Badge> : null}
        {p.isPrivate ? <Badge>private</Badge> : null}
        <span className="font-mono text-xs text-subtle">{p.id}</span>
      </div>
      <dl className="grid grid-cols-2 gap-3 rounded-xl border border-line bg-surface px-5 py-3 text-sm shadow-card md:grid-cols-4">
        {(
          [
            ["Owner", p.owner?.email ?? "—"],
            ["Created", formatDateTime(p.createdAt, tz)],
            [
              "Chats",
              p.chatsCount === 0 ? (
                "0"
              ) : (
                <a
                  href={`#${PROJECT_CHATS_ID}`}
                  onClick={() => setShowChats(true)}
                  className="text-accent-text hover:underline"
                  data-testid="project-chats-link"
                >
                  {p.chatsCount === null
                    ? "Show the chats"
                    : `${p.chatsCount} ${p.chatsCount === 1 ? "chat" : "chats"}`}
                </a>
              ),
            ],
            ["Attachments", p.attachmentsCount === null ? String(p.attachments.length) : String(p.attachmentsCount)],
          ] satisfies Array<[string, ReactNode]>
        ).map(([k, v]) => (
          <div key={k}>
            <dt className="text-xs text-muted">{k}</dt>
            <dd className="truncate text-fg">{v}</dd>
          </div>
        ))}
      </dl>
      {p.description || p.instructions ? (
        <section
          aria-labelledby="about"
          className="space-y-2 rounded-xl border border-line bg-surface px-5 py-4 shadow-card"
        >
          <h2 id="about" className="text-sm font-semibold text-fg">
            Description and instructions
          </h2>
          {p.description ? <p className="text-sm whitespace-pre-wrap text-fg">{p.description}</p> : null}
          {p.instructions ? (
            <pre className="max-h-64 overflow-auto rounded-md bg-surface-2 p-3 font-mono text-xs whitespace-pre-wrap text-fg">
              {p.instructions}
            </pre>
          ) : null}
        </section>
      ) : null}
      {showChats ? <ProjectChats projectId={p.id} tz={tz} /> : null}
      <section aria-labelledby="attachments" className="space-y-2">
        <h2 id="attachments" className="text-sm font-semibold text-fg">
          Attachments ({p.attachments.length})
        </h2>
        {p.attachments.length === 0 ? <p className="text-sm text-muted">No attachments.</p> : null}
        {p.attachments.map((a) => (
          <AttachmentRow key={a.id} attachment={a} />
        ))}
      </section>
      <section
        aria-labelledby="collaborators"
        className="overflow-hidden rounded-xl border border-line bg-surface shadow-card"
      >
        <h2 id="collaborators" className="border-b border-line px-5 py-3 text-sm font-semibold text-fg">
          Collaborators ({p.collaborators.length})
        </h2>
        <ul className="divide-y divide-line text-sm">
          {p.collaborators.map((c, i) => (
            <li key={i} className="flex flex-wrap items-center justify-between gap-2 px-5 py-2">
              <span className="text-fg" data-testid="collaborator">
                {c.label} {c.email && c.email !== c.label ? <span className="text-muted">{c.email}</span> : null}
                {c.groupId && !c.label.includes(c.groupId) ? (
                  <span className="ml-1 font-mono text-xs text-subtle">{c.groupId}</span>
                ) : null}
              </span>
              <span className="flex items-center gap-2 text-xs text-muted">
                <Badge>{c.type}</Badge> {c.role}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {p.partial ? (
        <p className="text-sm text-warning">This project has more attachments or collaborators than shown.</p>
      ) : null}
    </div>
  );
}
