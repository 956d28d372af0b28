"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { contentUrl } from "@/lib/queries/content";
import type { ActivityDto } from "@/lib/schemas/investigate";
import { formatDateTime } from "@/components/ui/format-time";
import type { TimeZoneMode } from "@/lib/urls/investigate-url";

/** One event in full: the actor's fields and every type-specific field, with links into the transcript or file. */
export function EventDrawer({ event, tz, onClose }: { event: ActivityDto; tz: TimeZoneMode; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  const rows = (record: Record<string, unknown>) =>
    Object.entries(record).map(([k, v]) => (
      <div key={k} className="grid grid-cols-[10rem_1fr] gap-3 py-1.5">
        <dt className="truncate font-mono text-xs text-muted">{k}</dt>
        <dd className="font-mono text-xs break-all whitespace-pre-wrap text-fg">
          {typeof v === "string" ? v : JSON.stringify(v, null, 2)}
        </dd>
      </div>
    ));
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="event-title"
      className="fixed inset-0 z-40 flex justify-end bg-black/30"
      onClick={onClose}
    >
      <div
        ref={ref}
        tabIndex={-1}
        className="h-full w-full max-w-xl overflow-auto border-l border-line bg-surface p-6 shadow-card outline-none"
        onClick={(e) => e.stopPropagation()}
        data-testid="event-drawer"
      >
        <div className="flex items-start justify-between gap-3">
          <div>
            <h2 id="event-title" className="font-mono text-sm font-semibold text-fg">
              {event.type}
            </h2>
            <p className="mt-1 text-xs text-muted">
              {event.areaLabel} · {formatDateTime(event.createdAt, tz, true)}
            </p>
          </div>
          <button
            type="button"
            onClick={onClose}
            className="rounded-md border border-line-strong px-2.5 py-1 text-sm text-fg hover:bg-surface-2"
          >
            Close
          </button>
        </div>
        <div className="mt-4 flex flex-wrap gap-3 text-sm">
          {event.links.chatId ? (
            <Link href={`/chats/${encodeURIComponent(event.links.chatId)}`} className="text-accent-text underline">
              Open the chat
            </Link>
          ) : null}
          {event.links.fileId ? (
            <a href={contentUrl.file(event.links.fileId)} download className="text-accent-text underline">
              Download the file
            </a>
          ) : null}
          {event.links.projectId ? (
            <Link
              href={`/projects/${encodeURIComponent(event.links.projectId)}`}
              className="text-accent-text underline"
            >
              Open the project
            </Link>
          ) : null}
        </div>
        <h3 className="mt-5 text-xs font-semibold tracking-wide text-muted uppercase">Actor</h3>
        <dl className="divide-y divide-line">
          {rows({ type: event.actor.type, label: event.actor.label, ...event.actor.fields })}
        </dl>
        <h3 className="mt-5 text-xs font-semibold tracking-wide text-muted uppercase">Event fields</h3>
        <dl className="divide-y divide-line">
          {rows({
            id: event.id,
            organization_uuid: event.organizationUuid,
            organization_id: event.organizationId,
            ...event.extra,
          })}
        </dl>
      </div>
    </div>
  );
}
