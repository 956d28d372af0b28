"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { documentQuery } from "@/lib/queries/content";
import type { ProjectAttachmentDto } from "@/lib/schemas/investigate";
import { DownloadLink } from "@/components/downloads/download-link";
import { IntegrityLine } from "@/components/downloads/integrity-line";
import { AttachmentPreview } from "./attachment-preview";

const KIND: Record<string, string> = { project_doc: "document", project_file: "file" };

/**
 * One project attachment: its size and hashes and the download always in view, the preview collapsed until the
 * analyst opens it. The preview is mounted on first open, not with the page: every preview reads the content through
 * our routes and writes a view entry in the audit trail, which must record what the analyst looked at, not every
 * attachment the project happens to hold.
 */
export function AttachmentRow({ attachment: a }: { attachment: ProjectAttachmentDto }) {
  const [opened, setOpened] = useState(false);
  // Beyond the documents the project read D2 for, the preview's read (D1 + D2) brings the size and MD5: never
  // fetched from here, only taken from the cache once the analyst opened the document.
  const doc = useQuery({ ...documentQuery(a.id), enabled: false });
  const sizeBytes = a.sizeBytes ?? (a.type === "project_doc" ? (doc.data?.sizeBytes ?? null) : null);
  const md5 = a.md5 ?? (a.type === "project_doc" ? (doc.data?.md5 ?? null) : null);
  return (
    <div
      className="rounded-lg border border-line bg-surface"
      data-testid="project-attachment"
      data-attachment-id={a.id}
    >
      <details onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary className="flex cursor-pointer flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
          <span className="min-w-0 truncate font-medium text-fg">{a.filename ?? a.id}</span>
          <span className="text-xs text-muted">
            {KIND[a.type] ?? a.type} · {a.mimeType ?? "unknown type"}
          </span>
        </summary>
        <div className="border-t border-line px-4 py-3">{opened ? <AttachmentPreview attachment={a} /> : null}</div>
      </details>
      {/* Outside the summary, so copying a hash never toggles the preview. */}
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-line px-4 py-2">
        <IntegrityLine
          digestId={a.id}
          sizeBytes={sizeBytes}
          md5={md5}
          notProvided={
            a.type === "project_doc" ? "size and md5 not read for this document: open it to see them" : undefined
          }
        />
        {a.downloadUrl ? (
          <DownloadLink
            href={a.downloadUrl}
            digestId={a.id}
            className="inline-flex h-7 items-center rounded-md border border-line-strong bg-surface px-2.5 text-xs font-medium text-fg hover:bg-surface-2"
          >
            Download
          </DownloadLink>
        ) : null}
      </div>
    </div>
  );
}
