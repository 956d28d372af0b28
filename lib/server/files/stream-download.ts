import "server-only";
import { isComplianceError, type ComplianceClient, type DownloadKind, type DownloadTarget } from "@/lib/compliance";
import type { AuditAction, AuditTarget } from "@/lib/schemas/audit";
import { PREVIEW_IMAGE_TYPES } from "@/lib/schemas/investigate";
import { AppError } from "../http/errors";
import type { VerbAudit } from "../investigate/audited";
import { failureCode } from "../investigate/upstream-errors";
import { contentDisposition } from "./content-disposition";
import { safeContentType } from "./safe-content-type";

export type DownloadSpec = {
  kind: DownloadKind;
  target: DownloadTarget;
  /** Used in `file-<id>` when the name is unusable. */
  fallbackId: string;
  action: AuditAction;
  targets: AuditTarget[];
  /**
   * Bytes for an inline image preview rather than a saved file: served `inline`, and only for PREVIEW_IMAGE_TYPES,
   * so a preview can never stand in for an unaudited-looking download of anything else.
   */
  preview?: boolean;
};

/**
 * Streams one upstream object to the browser without buffering it. The audit entry is written when the download
 * starts (before the first byte leaves); a transfer that breaks or fails verification later errors the response
 * stream (the browser shows a failed download, never a complete-looking bad file) and adds a `failure` entry.
 */
export async function streamDownload({
  client,
  audit,
  spec,
  signal,
}: {
  client: ComplianceClient;
  audit: VerbAudit;
  spec: DownloadSpec;
  signal?: AbortSignal;
}): Promise<Response> {
  const { action } = spec;
  let targets = spec.targets;
  let result;
  try {
    result = await client.download(spec.kind, spec.target, { signal });
  } catch (err) {
    await audit
      .record({ action, targets, outcome: "failure", details: { stage: "start", error: failureCode(err) } })
      .catch(() => undefined);
    throw err;
  }
  const { header, filename } = contentDisposition(result.filename, spec.fallbackId);
  const contentType = safeContentType(result.contentType);
  const details = { filename, contentType, sizeBytes: result.sizeBytes, md5: result.md5 };
  // The name is at hand now: the auditor sees it next to the id.
  if (result.filename) targets = targets.map((t) => (t.id === spec.fallbackId ? { ...t, label: filename } : t));
  if (spec.preview && !PREVIEW_IMAGE_TYPES.has(contentType)) {
    await result.stream.cancel().catch(() => undefined);
    await audit
      .record({
        action,
        targets,
        outcome: "failure",
        details: { ...details, stage: "start", error: "not_previewable" },
      })
      .catch(() => undefined);
    throw new AppError("invalid_input", "Only PNG, JPEG, GIF and WebP images are previewed: download this file.", {
      fields: { preview: [`Not available for ${contentType}`] },
    });
  }
  try {
    await audit.record({ action, targets, outcome: "success", details: { ...details, stage: "started" } });
  } catch (err) {
    await result.stream.cancel().catch(() => undefined);
    throw err;
  }
  const body = watch(result.stream, (err, bytesSent) => {
    const error = isComplianceError(err, "integrity") ? "integrity" : "interrupted";
    // Best effort: the response is already failing; a second failure must not mask it.
    audit
      .record({ action, targets, outcome: "failure", details: { ...details, stage: "streaming", error, bytesSent } })
      .catch(() => undefined);
  });
  const headers = new Headers({
    "content-type": contentType,
    "content-disposition": spec.preview ? header.replace(/^attachment/, "inline") : header,
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
    "content-security-policy": "sandbox",
  });
  if (result.sizeBytes !== null) headers.set("content-length", String(result.sizeBytes));
  return new Response(body, { status: 200, headers });
}

/** Pass-through that reports the first error (with the bytes already sent) before propagating it. */
function watch(
  source: ReadableStream<Uint8Array>,
  onError: (err: unknown, bytesSent: number) => void,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let bytesSent = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        bytesSent += value.byteLength;
        controller.enqueue(value);
      } catch (err) {
        onError(err, bytesSent);
        controller.error(err);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
