"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { projectChatsQuery } from "@/lib/queries/projects";
import type { ProjectChatsDto } from "@/lib/schemas/investigate";
import { Badge } from "@/components/ui/badge";
import { saveChatListContext } from "@/components/investigate/chat-context";
import { formatDateTime } from "@/components/ui/format-time";
import type { TimeZoneMode } from "@/lib/urls/investigate-url";
import { QueryError } from "@/components/ui/query-error";

export const PROJECT_CHATS_ID = "project-chats";

/**
 * The project's chats, read when the analyst asks for them (the "Chats" figure): listing them is a read of custodian
 * data of its own, audited `chat.list`, so it is not done just because the project page was opened.
 */
export function ProjectChats({ projectId, tz }: { projectId: string; tz: TimeZoneMode }) {
  const query = useQuery(projectChatsQuery(projectId));
  return (
    <section
      id={PROJECT_CHATS_ID}
      aria-labelledby="project-chats-title"
      className="overflow-hidden rounded-xl border border-line bg-surface shadow-card"
      tabIndex={-1}
    >
      <h2 id="project-chats-title" className="border-b border-line px-5 py-3 text-sm font-semibold text-fg">
        Chats in this project{query.isSuccess ? ` (${query.data.items.length})` : ""}
      </h2>
      {query.isPending ? (
        <p className="px-5 py-3 text-sm text-muted" aria-busy="true">
          Looking for the project&apos;s chats…
        </p>
      ) : null}
      {query.isError ? (
        <div className="p-5">
          <QueryError error={query.error} onRetry={() => void query.refetch()} what="the project's chats" />
        </div>
      ) : null}
      {query.isSuccess ? <ChatRows projectId={projectId} data={query.data} tz={tz} /> : null}
    </section>
  );
}

function ChatRows({ projectId, data, tz }: { projectId: string; data: ProjectChatsDto; tz: TimeZoneMode }) {
  const remember = () =>
    saveChatListContext({ ids: data.items.map((c) => c.id), backHref: `/projects/${encodeURIComponent(projectId)}` });
  return (
    <>
      {data.items.length === 0 ? <p className="px-5 py-3 text-sm text-muted">No chat found in this project.</p> : null}
      <ul className="divide-y divide-line text-sm">
        {data.items.map((c) => (
          <li
            key={c.id}
            className="flex flex-wrap items-center justify-between gap-2 px-5 py-2"
            data-testid="project-chat"
          >
            <span className="flex min-w-0 items-center gap-2">
              <Link
                href={`/chats/${encodeURIComponent(c.id)}`}
                onClick={remember}
                className="truncate font-medium text-fg hover:text-accent-text hover:underline"
              >
                {c.name || (c.deletedAt ? "Deleted chat" : "Untitled chat")}
              </Link>
              {c.deletedAt ? <Badge tone="danger">deleted</Badge> : null}
            </span>
            <span className="flex items-center gap-3 text-xs text-muted">
              <span>{c.custodian?.email ?? c.custodian?.id ?? "unknown custodian"}</span>
              <span className="tabular-nums">{formatDateTime(c.createdAt, tz)}</span>
            </span>
          </li>
        ))}
      </ul>
      {!data.isComplete ? (
        <p
          className="border-t border-line bg-warning-soft px-5 py-2 text-sm text-warning"
          data-testid="project-chats-partial"
        >
          {data.chatsCount === null
            ? `Searched the chats of ${data.usersSearched} of the ${data.candidates} people who can reach this project.`
            : `Found ${data.items.length} of the ${data.chatsCount} chats the Compliance API counts, among ${data.usersSearched} of the ${data.candidates} people who can reach this project.`}{" "}
          The API lists a project&apos;s chats only per user: the others belong to people it could not name (departed
          users, members beyond the search limit).
        </p>
      ) : null}
    </>
  );
}
