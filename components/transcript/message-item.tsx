"use client";

import { memo, useMemo } from "react";
import type { MessageDto } from "@/lib/schemas/investigate";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { formatDateTime } from "@/components/ui/format-time";
import type { TimeZoneMode } from "@/lib/urls/investigate-url";
import { ArtifactCard, FileCard } from "./attachments";
import { Block } from "./blocks";
import { marksInMessage } from "./message-search";

type Props = {
  message: MessageDto;
  tz: TimeZoneMode;
  isActive: boolean;
  isDeletedChat: boolean;
  versionOf: (artifactId: string, versionId: string) => number;
  /** Find in transcript: the needle when this message holds matches ("" otherwise), and its current one (-1). */
  findNeedle: string;
  findCurrent: number;
};

const ROLE_STYLE: Record<string, string> = {
  user: "bg-surface-2 text-fg",
  assistant: "bg-accent-soft text-accent-text",
};

/** One message: role, time, id (copyable, permalinkable), then its blocks, files and artifacts. */
export const MessageItem = memo(function MessageItem({
  message: m,
  tz,
  isActive,
  isDeletedChat,
  versionOf,
  findNeedle,
  findCurrent,
}: Props) {
  const marks = useMemo(
    () => (findNeedle ? marksInMessage(m, findNeedle, findCurrent) : null),
    [m, findNeedle, findCurrent],
  );
  const isEmpty =
    m.blocks.length === 0 && m.files.length === 0 && m.generatedFiles.length === 0 && m.artifacts.length === 0;
  return (
    <article
      id={`msg-${m.id}`}
      aria-label={`${m.role} message at ${formatDateTime(m.createdAt, tz, true)}`}
      data-testid="message"
      data-message-id={m.id}
      className={`rounded-xl border px-4 py-3 ${isActive ? "border-accent bg-accent-soft/40 ring-2 ring-ring" : "border-line bg-surface"}`}
    >
      <header className="mb-2 flex flex-wrap items-center gap-2 text-xs">
        <span
          className={`rounded-md px-2 py-0.5 font-semibold capitalize ${ROLE_STYLE[m.role] ?? "bg-warning-soft text-warning"}`}
        >
          {m.role}
        </span>
        <time dateTime={m.createdAt} className="text-muted tabular-nums">
          {formatDateTime(m.createdAt, tz, true)}
        </time>
        {m.model ? <span className="font-mono text-subtle">{m.model}</span> : null}
        {m.provenance ? (
          <Badge tone="warning">
            {m.provenance.type}
            {m.provenance.reason ? `: ${m.provenance.reason}` : ""}
          </Badge>
        ) : null}
        <span className="ml-auto flex items-center gap-1">
          <a
            href={`#msg-${m.id}`}
            className="rounded px-1.5 py-0.5 text-subtle hover:bg-surface-2 hover:text-fg"
            aria-label={`Permalink to message ${m.id}`}
          >
            #
          </a>
          <CopyButton value={m.id} label="Copy id" />
        </span>
      </header>
      <div className="space-y-2">
        {m.contentUnavailable ? (
          <p className="text-sm text-warning">
            The upstream says this message&apos;s content is unavailable
            {m.provenance?.reason ? ` (${m.provenance.reason})` : ""}.
          </p>
        ) : null}
        {isEmpty && isDeletedChat ? (
          <p className="text-sm text-muted italic">Content removed: the chat was deleted.</p>
        ) : null}
        {m.blocks.map((b, i) => (
          <Block key={i} block={b} marks={marks} prefix={`b${i}`} />
        ))}
        {m.files.map((f, k) => (
          <FileCard key={f.id} file={f} kind="file" marks={marks?.get(`f${k}`)} />
        ))}
        {m.generatedFiles.map((f, k) => (
          <FileCard key={f.id} file={f} kind="generated" marks={marks?.get(`g${k}`)} />
        ))}
        {m.artifacts.map((a, k) => (
          <ArtifactCard
            key={a.versionId}
            artifact={a}
            versionNumber={versionOf(a.id, a.versionId)}
            marks={marks?.get(`a${k}`)}
          />
        ))}
      </div>
    </article>
  );
});
