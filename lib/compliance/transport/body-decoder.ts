import "server-only";

/** Turns raw body bytes (framed by Content-Length, chunked coding, or the connection's close) into content. */
export interface BodyDecoder {
  /** Every content byte has been decoded. */
  complete: boolean;
  /** The body ends when the server closes the connection (neither length nor chunked coding given). */
  readonly endsAtClose: boolean;
  /** Decodes from src[start, end) into `into`; returns the index of the first raw byte not consumed and the bytes written. */
  decode(src: Uint8Array, start: number, end: number, into: Uint8Array): { next: number; written: number };
}

const MAX_LINE = 4096;

export function createBodyDecoder(headers: Headers): BodyDecoder {
  const coding = headers.get("transfer-encoding");
  if (coding !== null) {
    const last = coding.split(",").at(-1)?.trim().toLowerCase();
    // A coding other than chunked last means "read until close" (RFC 9112 §6.3).
    return last === "chunked" ? chunkedDecoder() : lengthDecoder(null);
  }
  const declared = headers.get("content-length");
  if (declared === null) return lengthDecoder(null);
  const values = new Set(declared.split(",").map((v) => v.trim()));
  const [only] = values;
  if (values.size !== 1 || !/^\d{1,15}$/.test(only)) throw new Error("invalid Content-Length");
  return lengthDecoder(Number(only));
}

/** A known length, or (null) everything until the connection closes. */
function lengthDecoder(length: number | null): BodyDecoder {
  let remaining = length ?? Number.POSITIVE_INFINITY;
  return {
    complete: remaining === 0,
    endsAtClose: length === null,
    decode(src, start, end, into) {
      const n = Math.min(end - start, remaining, into.byteLength);
      into.set(src.subarray(start, start + n));
      remaining -= n;
      if (remaining === 0) this.complete = true;
      return { next: start + n, written: n };
    },
  };
}

type ChunkState = "size" | "data" | "data-end" | "trailer";

/** Chunked transfer coding (RFC 9112 §7.1): size line, data, CRLF, …, a zero size, trailer lines, a blank line. */
function chunkedDecoder(): BodyDecoder {
  let state: ChunkState = "size";
  let remaining = 0;
  let line = "";
  /** Collects one line; returns it (without CRLF) once its LF has been read, else null. */
  const takeLine = (src: Uint8Array, at: number, end: number): { line: string | null; next: number } => {
    let i = at;
    while (i < end && src[i] !== 0x0a) i++;
    line += Buffer.from(src.buffer, src.byteOffset + at, i - at).toString("latin1");
    if (line.length > MAX_LINE) throw new Error("chunked coding line too long");
    if (i === end) return { line: null, next: end };
    const whole = line.endsWith("\r") ? line.slice(0, -1) : line;
    line = "";
    return { line: whole, next: i + 1 };
  };
  return {
    complete: false,
    endsAtClose: false,
    decode(src, start, end, into) {
      let at = start;
      let written = 0;
      while (at < end && written < into.byteLength && !this.complete) {
        if (state === "data") {
          const n = Math.min(end - at, remaining, into.byteLength - written);
          into.set(src.subarray(at, at + n), written);
          at += n;
          written += n;
          remaining -= n;
          if (remaining === 0) state = "data-end";
          continue;
        }
        const taken = takeLine(src, at, end);
        at = taken.next;
        if (taken.line === null) break;
        if (state === "size") {
          const size = taken.line.split(";")[0].trim();
          if (!/^[0-9a-fA-F]{1,12}$/.test(size)) throw new Error("invalid chunk size");
          remaining = Number.parseInt(size, 16);
          state = remaining === 0 ? "trailer" : "data";
        } else if (state === "data-end") {
          if (taken.line !== "") throw new Error("chunk data longer than its size");
          state = "size";
        } else if (taken.line === "") {
          this.complete = true;
        }
      }
      return { next: at, written };
    },
  };
}
