import type { ServerResponse } from "node:http";
import type { ContentSource } from "../../store/types";

/** Resolves on 'drain' or 'close', removing both listeners either way (a race of two once() would leak one per wait). */
function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

export interface StreamOptions {
  /** Cut the body after this many bytes by destroying the socket (the `truncateRate` fault). */
  truncateAt?: number;
}

/**
 * Streams a ContentSource as a chunked body (no Content-Length, as upstream). Waits for 'drain' when the socket
 * buffer is full so memory stays flat for multi-GiB objects, and stops pulling from the generator as soon as the
 * client goes away.
 */
export async function streamContent(
  res: ServerResponse,
  source: ContentSource,
  opts: StreamOptions = {},
): Promise<void> {
  // A client may leave before the first byte (e.g. while the MD5 of a large object was computed).
  let closed = res.destroyed || res.socket === null || res.socket.destroyed;
  const onClose = () => {
    closed = true;
  };
  res.on("close", onClose);
  let sent = 0;
  try {
    for await (const chunk of source.stream()) {
      if (closed) return;
      let piece = chunk;
      if (opts.truncateAt !== undefined && sent + piece.byteLength >= opts.truncateAt) {
        piece = piece.subarray(0, Math.max(0, opts.truncateAt - sent));
        if (piece.byteLength > 0) await new Promise<void>((resolve) => res.write(piece, () => resolve()));
        // An aborted chunked transfer is the only truncation signal a client gets (reference §5.18).
        res.socket?.destroy();
        return;
      }
      sent += piece.byteLength;
      if (!res.write(piece)) {
        if (closed || res.destroyed) return;
        await drainedOrClosed(res);
      }
    }
    if (!closed) res.end();
  } finally {
    res.off("close", onClose);
  }
}
