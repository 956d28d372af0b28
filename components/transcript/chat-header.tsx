import Link from "next/link";
import type { ChatSummaryDto } from "@/lib/schemas/investigate";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { formatDateTime } from "@/components/ui/format-time";
import type { TimeZoneMode } from "@/lib/urls/investigate-url";
import { CopyButton } from "@/components/ui/copy-button";

/** Who, when, which model and project; a deleted chat gets a tombstone saying what the API still tells us. */
export function ChatHeader({ chat, tz }: { chat: ChatSummaryDto; tz: TimeZoneMode }) {
  const isDeleted = chat.deletedAt !== null;
  const facts: Array<[string, string]> = [
    ["Custodian", chat.custodian?.email ?? chat.custodian?.id ?? "unknown (left the organization)"],
    ["Created", formatDateTime(chat.createdAt, tz, true)],
    ["Updated", formatDateTime(chat.updatedAt, tz, true)],
    ["Model", chat.model ?? "legacy (not recorded)"],
  ];
  const projectLabel = chat.projectName || (chat.projectName === "" ? "Untitled project" : chat.projectId);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="min-w-0 truncate text-xl font-semibold tracking-tight text-fg" data-testid="chat-title">
          {chat.name || (isDeleted ? "Deleted chat" : "Untitled chat")}
        </h1>
        {isDeleted ? <Badge tone="danger">deleted</Badge> : null}
        <span className="font-mono text-xs text-subtle">{chat.id}</span>
        <CopyButton value={chat.id} label="Copy chat id" />
      </div>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 rounded-xl border border-line bg-surface px-5 py-3 text-sm shadow-card md:grid-cols-5">
        {facts.map(([label, value]) => (
          <div key={label} className="min-w-0">
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="truncate text-fg" title={value}>
              {value}
            </dd>
          </div>
        ))}
        <div className="min-w-0">
          <dt className="text-xs text-muted">Project</dt>
          <dd className="truncate text-fg" title={chat.projectId ?? undefined}>
            {chat.projectId ? (
              <Link
                href={`/projects/${encodeURIComponent(chat.projectId)}`}
                className={`text-accent-text hover:underline ${chat.projectName === null ? "font-mono text-xs" : ""}`}
                data-testid="chat-project"
              >
                {projectLabel}
              </Link>
            ) : (
              "none"
            )}
          </dd>
        </div>
      </dl>
      {isDeleted ? (
        <Callout
          tone="warning"
          title={`Deleted by the user on ${formatDateTime(chat.deletedAt, tz, true)}`}
          testId="deleted-tombstone"
        >
          <p className="text-fg">
            The chat is soft-deleted in claude.ai. The Compliance API still lists it with its custodian, times, model
            and project, and its messages as stubs (role and time) without content.
          </p>
        </Callout>
      ) : null}
    </div>
  );
}
