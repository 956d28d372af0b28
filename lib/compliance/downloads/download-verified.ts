import "server-only";
import { isComplianceError } from "../errors";
import type { EndpointContext } from "../endpoints/context";
import {
  download,
  type DownloadKind,
  type DownloadOptions,
  type DownloadResult,
  type DownloadTarget,
} from "./download";
import { CHUNK_BYTES } from "./verifying-stream";

export type DownloadInfo = Omit<DownloadResult, "stream">;

/** Receives one attempt's bytes; called afresh for every attempt (a failed attempt's writable is aborted). */
export type DownloadSink = (
  info: DownloadInfo,
  attempt: number,
) => WritableStream<Uint8Array> | Promise<WritableStream<Uint8Array>>;

export interface DownloadVerifiedOptions extends DownloadOptions {
  /** Whole-download attempts; default 3. */
  attempts?: number;
  /** Told about each failed attempt that will be retried. */
  onRetry?(error: unknown, attempt: number): void;
}

export interface DownloadVerifiedResult extends DownloadInfo {
  /** Bytes written by the successful attempt. */
  bytes: number;
  attempts: number;
  /** IntegrityErrors seen along the way (truncations, mismatches), for reporting. */
  integrityErrors: number;
}

function isRetryableDownloadError(error: unknown): boolean {
  // A cut stream (IntegrityError) or a transport failure may well succeed next time; 4xx won't.
  return (
    isComplianceError(error, "integrity") ||
    (isComplianceError(error, "unavailable") && (error.status === null || error.status >= 500))
  );
}

/**
 * Copies `stream` into `writable` through ONE 64 KiB buffer: each BYOB read fills it, the sink's write of it is
 * awaited, then the same memory is read into again. So a download allocates nothing per chunk (bench:client's
 * `download_rss_growth_mib`), and a sink must be done with a chunk when its write() settles, as a file or a hash is.
 * One that keeps chunks must copy them: the memory is reused (a kept view is found detached, never overwritten).
 */
async function copyInto(
  stream: ReadableStream<Uint8Array>,
  writable: WritableStream<Uint8Array>,
  signal: AbortSignal | undefined,
): Promise<number> {
  const reader = stream.getReader({ mode: "byob" });
  const writer = writable.getWriter();
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener("abort", onAbort, { once: true });
  let buffer = new ArrayBuffer(CHUNK_BYTES);
  let bytes = 0;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read(new Uint8Array(buffer));
      signal?.throwIfAborted();
      if (done || !value) break;
      bytes += value.byteLength;
      await writer.write(value);
      buffer = value.buffer as ArrayBuffer;
    }
    await writer.close();
    return bytes;
  } catch (error) {
    await writer.abort(error).catch(() => undefined);
    await reader.cancel(error).catch(() => undefined);
    throw error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * Downloads into a fresh sink per attempt until one attempt's bytes verify end to end. A sink
 * only "commits" when its writable closes normally; a failed attempt aborts it, so callers can
 * discard partial output (e.g. delete a temp file in the writable's `abort`).
 */
export async function downloadVerified(
  ctx: EndpointContext,
  kind: DownloadKind,
  target: DownloadTarget,
  sink: DownloadSink,
  options: DownloadVerifiedOptions = {},
): Promise<DownloadVerifiedResult> {
  const attempts = options.attempts ?? 3;
  let integrityErrors = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      const { stream, ...info } = await download(ctx, kind, target, {
        ...options,
        onIntegrityError: (error) => {
          integrityErrors += 1;
          options.onIntegrityError?.(error);
        },
      });
      const writable = await sink(info, attempt);
      const bytes = await copyInto(stream, writable, options.signal);
      return { ...info, bytes, attempts: attempt, integrityErrors };
    } catch (error) {
      if (options.signal?.aborted || attempt >= attempts || !isRetryableDownloadError(error)) throw error;
      ctx.http.log("warn", "download_retry", {
        kind,
        attempt,
        error: error instanceof Error ? error.message : String(error),
      });
      options.onRetry?.(error, attempt);
    }
  }
}
