"use client";

import { useQuery } from "@tanstack/react-query";
import { documentQuery } from "@/lib/queries/content";
import { isMarkdown, TextPreview } from "@/components/transcript/text-preview";
import { contentUrl, PREVIEW_IMAGE_TYPES, type ProjectAttachmentDto } from "@/lib/schemas/investigate";

/** Only these are shown inline as images, and only from our own streamed route (never another origin). */
export const PREVIEWABLE_IMAGES = PREVIEW_IMAGE_TYPES;

/**
 * Safe previews: documents as text in <pre> (Markdown documents rendered inertly, their source a click away), the
 * four raster image types in <img> from our route, everything else (PDF, HTML, SVG…) as a download only. Never an
 * iframe: attachment content is attacker-controlled.
 */
export function AttachmentPreview({ attachment }: { attachment: ProjectAttachmentDto }) {
  if (attachment.type === "project_doc") return <DocumentText documentId={attachment.id} />;
  if (attachment.downloadUrl && attachment.mimeType && PREVIEWABLE_IMAGES.has(attachment.mimeType)) {
    // The preview form of the route: audited `file.preview`, so the trail tells a glance from a saved copy.
    // eslint-disable-next-line @next/next/no-img-element -- our own streamed route; next/image would re-fetch it
    return (
      <img
        src={contentUrl.filePreview(attachment.id)}
        alt={`Preview of ${attachment.filename ?? attachment.id}`}
        className="max-h-96 rounded-md border border-line"
      />
    );
  }
  return (
    <p className="text-sm text-muted">
      No inline preview for {attachment.mimeType ?? "this type"}: download it to open it.
    </p>
  );
}

function DocumentText({ documentId }: { documentId: string }) {
  const doc = useQuery(documentQuery(documentId));
  if (doc.isPending) return <p className="text-sm text-muted">Loading…</p>;
  if (doc.isError) return <p className="text-sm text-danger">Could not load the document: {doc.error.message}</p>;
  return (
    <div className="space-y-1">
      <TextPreview text={doc.data.text} markdown={isMarkdown(doc.data.mimeType, doc.data.filename)} maxHeight="24rem" />
      {doc.data.truncated ? (
        <p className="text-xs text-warning">Preview cut; download for the whole document.</p>
      ) : null}
    </div>
  );
}
