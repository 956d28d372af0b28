"use client";

import { useState } from "react";
import type { ProjectAttachmentDto } from "@/lib/schemas/investigate";
import { formatBytes } from "@/components/ui/format-time";
import { AttachmentPreview } from "./attachment-preview";

/**
 * One project attachment, collapsed until the analyst opens it. The preview is mounted on first open, not with the
 * page: every preview reads the content through our routes and writes a view entry in the audit trail, which must
 * record what the analyst looked at, not every attachment the project happens to hold.
 */
export function AttachmentRow({ attachment: a }: { attachment: ProjectAttachmentDto }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="rounded-lg border border-line bg-surface"
      data-testid="project-attachment"
      onToggle={(e) => e.currentTarget.open && setOpened(true)}
    >
      <summary className="flex cursor-pointer flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
        <span className="min-w-0 truncate font-medium text-fg">{a.filename ?? a.id}</span>
        <span className="text-xs text-muted">
          {a.type} · {a.mimeType ?? "unknown"} · {formatBytes(a.sizeBytes)}
        </span>
      </summary>
      <div className="space-y-2 border-t border-line px-4 py-3">
        {opened ? <AttachmentPreview attachment={a} /> : null}
        {a.downloadUrl ? (
          <a
            href={a.downloadUrl}
            download
            className="inline-flex h-7 items-center rounded-md border border-line-strong bg-surface px-2.5 text-xs font-medium text-fg hover:bg-surface-2"
          >
            Download
          </a>
        ) : null}
      </div>
    </details>
  );
}
