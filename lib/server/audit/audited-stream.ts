import "server-only";
import { createHash } from "node:crypto";

/** What Custody measured of a stream it passed on to the end (`md5` when asked for: downloads compare it upstream's). */
export type StreamTally = { bytes: number; sha256: string; md5?: string };

/**
 * Pass-through for a body Custody sends (the audit export, a streamed download): counts and hashes what it passes on, reports the
 * first error with the bytes already sent before erroring the response (the browser shows a failed download, not a
 * complete-looking short file), and awaits `onDone` before the last byte is released, so a finished transfer always
 * has its entry. A response's 200 is sent before the body, so the audit trail, not the status, says how it ended.
 */
export function auditedStream(
  source: ReadableStream<Uint8Array>,
  on: {
    onError: (err: unknown, bytesSent: number) => void | Promise<void>;
    onDone: (tally: StreamTally) => Promise<void>;
  },
  options: { md5?: boolean } = {},
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  const sha256 = createHash("sha256");
  const md5 = options.md5 ? createHash("md5") : null;
  let bytes = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk;
      try {
        chunk = await reader.read();
      } catch (err) {
        await on.onError(err, bytes);
        return controller.error(err);
      }
      if (chunk.done) {
        await on.onDone({ bytes, sha256: sha256.digest("hex"), ...(md5 ? { md5: md5.digest("hex") } : {}) });
        return controller.close();
      }
      bytes += chunk.value.byteLength;
      sha256.update(chunk.value);
      md5?.update(chunk.value);
      controller.enqueue(chunk.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
