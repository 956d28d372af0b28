import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import { isComplianceError, type DownloadKind, type DownloadTarget } from "@/lib/compliance";
import type { AuditAction, AuditTarget } from "@/lib/schemas/audit";
import { failureCode } from "@/lib/server/http/upstream-errors";
import { PREVIEW_IMAGE_TYPES } from "@/lib/schemas/investigate";
import { AppError } from "../http/errors";
import { auditedStream } from "../audit/audited-stream";
import { contentDisposition } from "./content-disposition";
import { titledFilename } from "./download-name";
import { safeContentType } from "./safe-content-type";

export type DownloadSpec = {
  kind: DownloadKind;
  target: DownloadTarget;
  /** Used in `file-<id>` when the name is unusable. */
  fallbackId: string;
  action: AuditAction;
  targets: AuditTarget[];
  /** For objects the upstream names by a title only (code artifact versions): the file is `<title>.<ext>`. */
  title?: string | null;
  /**
   * Bytes for an inline image preview rather than a saved file: served `inline`, and only for PREVIEW_IMAGE_TYPES,
   * so a preview can never stand in for an unaudited-looking download of anything else.
   */
  preview?: boolean;
};

/**
 * Streams one upstream object to the browser without buffering it. The audit entry is written when the download
 * starts (before the first byte leaves); a transfer that breaks or fails verification later errors the response
 * stream (the browser shows a failed download, never a complete-looking bad file) and adds a `failure` entry. A
 * transfer that ends verified adds a `completed` entry with the SHA-256, MD5 and length Custody computed of the bytes
 * it sent: the upstream gives at most an MD5, and the SHA-256 is what evidence is usually identified by. That entry
 * is written before the last byte is released, so a finished download always has it.
 */
export async function streamDownload({
  client,
  audit,
  input,
  signal,
}: OperationCall<DownloadSpec> & {
  signal?: AbortSignal;
}): Promise<Response> {
  const { action } = input;
  let targets = input.targets;
  let result;
  try {
    result = await client.download(input.kind, input.target, { signal });
  } catch (err) {
    await audit
      .record({ action, targets, outcome: "failure", details: { stage: "start", error: failureCode(err) } })
      .catch(() => undefined);
    throw err;
  }
  const raw =
    result.filename ??
    (input.title !== undefined ? titledFilename(input.title, result.contentType, input.fallbackId) : null);
  const { header, filename } = contentDisposition(raw, input.fallbackId);
  const contentType = safeContentType(result.contentType);
  const details = { filename, contentType, sizeBytes: result.sizeBytes, md5: result.md5 };
  // The name is at hand now: the auditor sees it next to the id.
  if (result.filename) targets = targets.map((t) => (t.id === input.fallbackId ? { ...t, label: filename } : t));
  if (input.preview && !PREVIEW_IMAGE_TYPES.has(contentType)) {
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
  const body = auditedStream(
    result.stream,
    {
      onError(err, bytesSent) {
        const error = isComplianceError(err, "integrity") ? "integrity" : "interrupted";
        // Best effort: the response is already failing; a second failure must not mask it.
        audit
          .record({
            action,
            targets,
            outcome: "failure",
            details: { ...details, stage: "streaming", error, bytesSent },
          })
          .catch(() => undefined);
      },
      // Best effort too: the bytes are verified and sent; a failed write only loses the digest, not the download.
      onDone: (digest) =>
        audit
          .record({ action, targets, outcome: "success", details: { ...details, ...digest, stage: "completed" } })
          .then(
            () => undefined,
            () => undefined,
          ),
    },
    { md5: true },
  );
  const headers = new Headers({
    "content-type": contentType,
    "content-disposition": input.preview ? header.replace(/^attachment/, "inline") : header,
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
    "content-security-policy": "sandbox",
  });
  if (result.sizeBytes !== null) headers.set("content-length", String(result.sizeBytes));
  return new Response(body, { status: 200, headers });
}
