import "server-only";
import { createHash } from "node:crypto";
import { IntegrityError } from "../errors";

export interface Expected {
  sizeBytes: number | null;
  /** Lowercase hex. */
  md5: string | null;
}

/** 64 KiB: what one pull hands out at most, and the buffer a default reader gets per read. */
export const CHUNK_BYTES = 64 * 1024;

/**
 * Where a verifying stream reads from. A byte-stream body (streamFetch's) is read with BYOB reads into the
 * consumer's own buffer: no allocation per chunk. Any other body (fetch's, a test's) has its chunks copied.
 */
export interface ByteSource {
  /**
   * Fills a prefix of `into` and returns that prefix as `value`, `done` (with an empty `value`) at the end. A BYOB
   * source transfers `into`'s buffer: `value` is then the only live view of that memory, end included.
   */
  read(into: Uint8Array): Promise<{ done: boolean; value: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}

export function byteSource(body: ReadableStream<Uint8Array>): ByteSource {
  let byob: ReadableStreamBYOBReader | null = null;
  try {
    byob = body.getReader({ mode: "byob" });
  } catch {
    // Not a byte stream: read chunks below.
  }
  if (byob) {
    const reader = byob;
    return {
      read: async (into) => {
        const { done, value } = await reader.read(into as Uint8Array<ArrayBuffer>);
        return { done: done || !value || value.byteLength === 0, value: value ?? into.subarray(0, 0) };
      },
      cancel: (reason) => reader.cancel(reason),
    };
  }
  const reader = body.getReader();
  let rest: Uint8Array | null = null;
  return {
    async read(into) {
      while (!rest || rest.byteLength === 0) {
        const { done, value } = await reader.read();
        if (done) return { done: true, value: into.subarray(0, 0) };
        rest = value;
      }
      const n = Math.min(rest.byteLength, into.byteLength);
      into.set(rest.subarray(0, n));
      rest = n < rest.byteLength ? rest.subarray(n) : null;
      return { done: false, value: into.subarray(0, n) };
    },
    cancel: (reason) => reader.cancel(reason),
  };
}

export interface VerifyingStreamOptions {
  source: ByteSource;
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
 * Passes the upstream body through unchanged, counting bytes and hashing as it goes. At the end it compares with
 * the expected length and MD5; a cut-off transfer or a mismatch makes the stream error with an IntegrityError
 * instead of ending quietly short. A byte stream, pull-based: each read is filled straight from the source into the
 * reader's view (a BYOB reader that passes its buffer back allocates nothing per chunk, see downloadVerified), so
 * memory stays flat for any size.
 */
export function verifyingStream(options: VerifyingStreamOptions): ReadableStream<Uint8Array> {
  const { source, expected } = options;
  const hash = createHash("md5");
  let received = 0;
  let pending = options.firstChunk;
  let sourceDone = options.sourceDone;

  const fail = (controller: ReadableByteStreamController, message: string, md5: string | null) => {
    const error = new IntegrityError(message, expected, { sizeBytes: received, md5 });
    options.onIntegrityError?.(error);
    controller.error(error);
  };

  /** Counts and hashes `chunk`; false (stream errored) when it runs past the announced size. */
  const accept = (controller: ReadableByteStreamController, chunk: Uint8Array): boolean => {
    received += chunk.byteLength;
    if (expected.sizeBytes !== null && received > expected.sizeBytes) {
      fail(controller, `download is longer than the ${expected.sizeBytes} bytes announced`, null);
      options.abort(new Error("oversize"));
      return false;
    }
    hash.update(chunk);
    return true;
  };

  /** `answer`: the pending read's memory, to hand back empty (a BYOB source may have transferred it). */
  const finish = (controller: ReadableByteStreamController, answer: Uint8Array) => {
    const md5 = hash.digest("hex");
    if (expected.sizeBytes !== null && received !== expected.sizeBytes)
      return fail(controller, `download ended after ${received} of ${expected.sizeBytes} bytes`, md5);
    if (expected.md5 !== null && md5 !== expected.md5.toLowerCase())
      return fail(controller, `download MD5 ${md5} does not match the expected ${expected.md5}`, md5);
    controller.close();
    // The read that asked is answered with 0 bytes: the stream is done.
    controller.byobRequest?.respondWithNewView(answer as Uint8Array<ArrayBuffer>);
  };

  return new ReadableStream({
    type: "bytes",
    autoAllocateChunkSize: CHUNK_BYTES,
    async pull(controller) {
      // With autoAllocateChunkSize every read, BYOB or default, comes with a view to fill.
      const request = controller.byobRequest!;
      const requested = request.view!;
      const view = new Uint8Array(requested.buffer, requested.byteOffset, requested.byteLength);
      if (pending) {
        const n = Math.min(pending.byteLength, view.byteLength);
        view.set(pending.subarray(0, n));
        pending = n < pending.byteLength ? pending.subarray(n) : null;
        if (accept(controller, view.subarray(0, n))) request.respond(n);
        return;
      }
      if (sourceDone) return finish(controller, view.subarray(0, 0));
      const timer = setTimeout(
        () => options.abort(new DOMException(`no data for ${options.idleTimeoutMs} ms`, "TimeoutError")),
        options.idleTimeoutMs,
      );
      try {
        const { done, value } = await source.read(view);
        if (done) {
          sourceDone = true;
          return finish(controller, value);
        }
        // `value` is `view`'s memory (its buffer transferred by a BYOB source): hand it back as the answer.
        if (accept(controller, value)) request.respondWithNewView(value as Uint8Array<ArrayBuffer>);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        fail(controller, `download was cut off after ${received} bytes (${why})`, null);
      } finally {
        clearTimeout(timer);
      }
    },
    cancel(reason) {
      return source.cancel(reason);
    },
  });
}

/** A stream of bytes already in memory, verified the same way (for D1's JSON `content`). */
export function verifiedBytesStream(
  bytes: Uint8Array,
  expected: Expected,
  onIntegrityError?: (e: IntegrityError) => void,
): ReadableStream<Uint8Array> {
  let offset = 0;
  const source: ByteSource = {
    read: async (into) => {
      if (offset >= bytes.byteLength) return { done: true, value: into.subarray(0, 0) };
      const n = Math.min(into.byteLength, bytes.byteLength - offset);
      into.set(bytes.subarray(offset, offset + n));
      offset += n;
      return { done: false, value: into.subarray(0, n) };
    },
    cancel: async () => undefined,
  };
  return verifyingStream({
    source,
    firstChunk: null,
    sourceDone: false,
    expected,
    idleTimeoutMs: 60_000,
    abort: () => undefined,
    onIntegrityError,
  });
}
