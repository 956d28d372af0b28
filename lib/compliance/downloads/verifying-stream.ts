import "server-only";
import { createHash } from "node:crypto";
import { IntegrityError } from "../errors";

export interface Expected {
  sizeBytes: number | null;
  /** Lowercase hex. */
  md5: string | null;
}

export interface VerifyingStreamOptions {
  reader: ReadableStreamDefaultReader<Uint8Array>;
  /** Already read (to prove the download started) and not yet handed out. */
  firstChunk: Uint8Array | null;
  sourceDone: boolean;
  expected: Expected;
  /** No byte for this long ⇒ abort the transfer (a stalled download must not hang forever). */
  idleTimeoutMs: number;
  abort(reason: unknown): void;
  onIntegrityError?(error: IntegrityError): void;
}

/**
 * Pipes the upstream body through unchanged, counting bytes and hashing as it goes. At the end it
 * compares with the expected length and MD5; a cut-off transfer or a mismatch makes the stream
 * error with an IntegrityError instead of ending quietly short. Pull-based: nothing is buffered
 * beyond the chunk in hand, so memory stays flat for any size.
 */
export function verifyingStream(options: VerifyingStreamOptions): ReadableStream<Uint8Array> {
  const { reader, expected } = options;
  const hash = createHash("md5");
  let received = 0;
  let pending = options.firstChunk;
  let sourceDone = options.sourceDone;

  const fail = (controller: ReadableStreamDefaultController<Uint8Array>, message: string, md5: string | null) => {
    const error = new IntegrityError(message, expected, { sizeBytes: received, md5 });
    options.onIntegrityError?.(error);
    controller.error(error);
  };

  const emit = (controller: ReadableStreamDefaultController<Uint8Array>, chunk: Uint8Array) => {
    received += chunk.byteLength;
    if (expected.sizeBytes !== null && received > expected.sizeBytes) {
      fail(controller, `download is longer than the ${expected.sizeBytes} bytes announced`, null);
      options.abort(new Error("oversize"));
      return;
    }
    hash.update(chunk);
    controller.enqueue(chunk);
  };

  const finish = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    const md5 = hash.digest("hex");
    if (expected.sizeBytes !== null && received !== expected.sizeBytes)
      return fail(controller, `download ended after ${received} of ${expected.sizeBytes} bytes`, md5);
    if (expected.md5 !== null && md5 !== expected.md5.toLowerCase())
      return fail(controller, `download MD5 ${md5} does not match the expected ${expected.md5}`, md5);
    controller.close();
  };

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (pending) {
        const chunk = pending;
        pending = null;
        emit(controller, chunk);
        return;
      }
      if (sourceDone) return finish(controller);
      const timer = setTimeout(
        () => options.abort(new DOMException(`no data for ${options.idleTimeoutMs} ms`, "TimeoutError")),
        options.idleTimeoutMs,
      );
      try {
        const { done, value } = await reader.read();
        if (done) {
          sourceDone = true;
          return finish(controller);
        }
        emit(controller, value);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        fail(controller, `download was cut off after ${received} bytes (${why})`, null);
      } finally {
        clearTimeout(timer);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/** A stream of bytes already in memory, verified the same way (for D1's JSON `content`). */
export function verifiedBytesStream(
  bytes: Uint8Array,
  expected: Expected,
  onIntegrityError?: (e: IntegrityError) => void,
): ReadableStream<Uint8Array> {
  const CHUNK = 64 * 1024;
  let offset = 0;
  const reader: ReadableStreamDefaultReader<Uint8Array> = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + CHUNK));
      offset += CHUNK;
    },
  }).getReader();
  return verifyingStream({
    reader,
    firstChunk: null,
    sourceDone: false,
    expected,
    idleTimeoutMs: 60_000,
    abort: () => undefined,
    onIntegrityError,
  });
}
