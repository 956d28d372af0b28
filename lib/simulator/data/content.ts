import { createHash } from "node:crypto";
import type { ContentSource } from "../store/types";
import { hash32 } from "./prng";

/**
 * Downloadable bytes, generated on the fly from the seed in chunks of at most 64 KiB, so a 1 GiB file
 * streams in constant memory. MD5s are computed from exactly the streamed bytes and cached per store.
 */

export const CHUNK = 64 * 1024;
/** Objects up to this size are hashed synchronously when a metadata record needs their md5. */
export const SYNC_HASH_MAX = 8 * 1024 * 1024;

export interface SimContent extends ContentSource {
  /** The cached md5, or (for objects up to SYNC_HASH_MAX) computed now; null for big objects not hashed yet. */
  md5Now(): string | null;
}

export type Md5Cache = Map<string, string>;

/** `prefix`, then seeded pseudo-random filler, then `suffix`: enough for file-type sniffers to see a PDF or ZIP. */
export function framedContent(opts: {
  key: string;
  sizeBytes: number;
  mimeType: string;
  prefix: Uint8Array;
  suffix: Uint8Array;
  cache: Md5Cache;
}): SimContent {
  const { key, sizeBytes, prefix, suffix } = opts;
  const base = hash32(key);
  function* chunks(): Generator<Uint8Array> {
    for (let offset = 0; offset < sizeBytes; offset += CHUNK) {
      const len = Math.min(CHUNK, sizeBytes - offset);
      const out = new Uint8Array(len);
      fillNoise(out, base, offset / CHUNK);
      overlay(out, offset, prefix, 0);
      overlay(out, offset, suffix, sizeBytes - suffix.length);
      yield out;
    }
  }
  return contentFrom(key, sizeBytes, opts.mimeType, chunks, opts.cache);
}

/** Text (CSV, Markdown, code, HTML, plain documents) as UTF-8. */
export function textContent(key: string, text: string, mimeType: string, cache: Md5Cache): SimContent {
  return bytesContent(key, Buffer.from(text, "utf8"), mimeType, cache);
}

/** Bytes built in memory (text, generated images), streamed in chunks like the rest. */
export function bytesContent(key: string, bytes: Buffer, mimeType: string, cache: Md5Cache): SimContent {
  function* chunks(): Generator<Uint8Array> {
    for (let offset = 0; offset < bytes.length; offset += CHUNK) {
      yield new Uint8Array(bytes.subarray(offset, Math.min(bytes.length, offset + CHUNK)));
    }
  }
  return contentFrom(key, bytes.length, mimeType, chunks, cache);
}

/** Chunks hashed between two yields to the event loop: 1 MiB, a couple of milliseconds of CPU. */
const CHUNKS_PER_SLICE = 16;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Hashes running per cache, so a request and the background hasher never hash the same object twice at once. */
const running = new WeakMap<Md5Cache, Map<string, Promise<string>>>();

function contentFrom(
  key: string,
  sizeBytes: number,
  mimeType: string,
  chunks: () => Generator<Uint8Array>,
  cache: Md5Cache,
): SimContent {
  const hashAll = () => {
    const h = createHash("md5");
    for (const c of chunks()) h.update(c);
    const hex = h.digest("hex");
    cache.set(key, hex);
    return hex;
  };
  // Large objects: hash in slices and yield to the event loop between them so the server keeps answering.
  const hashSliced = async (signal: AbortSignal | undefined) => {
    const h = createHash("md5");
    let n = 0;
    for (const c of chunks()) {
      h.update(c);
      if (++n % CHUNKS_PER_SLICE === 0) {
        await tick();
        signal?.throwIfAborted();
      }
    }
    const hex = h.digest("hex");
    cache.set(key, hex);
    return hex;
  };
  return {
    sizeBytes,
    mimeType,
    md5Now: () => cache.get(key) ?? (sizeBytes <= SYNC_HASH_MAX ? hashAll() : null),
    async md5Hex(signal?: AbortSignal) {
      const known = cache.get(key);
      if (known) return known;
      if (sizeBytes <= SYNC_HASH_MAX) return hashAll();
      signal?.throwIfAborted();
      const inCache = running.get(cache) ?? new Map<string, Promise<string>>();
      running.set(cache, inCache);
      const pending = inCache.get(key);
      if (pending) return pending;
      const started = hashSliced(signal).finally(() => inCache.delete(key));
      inCache.set(key, started);
      return started;
    },
    async *stream() {
      yield* chunks();
    },
  };
}

function fillNoise(out: Uint8Array, base: number, chunkIndex: number): void {
  // xorshift32 per chunk: fast enough to stream 1 GiB in about a second of CPU.
  let x = (hash32(base, chunkIndex) | 1) >>> 0;
  const words = Math.floor(out.length / 4);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let i = 0; i < words; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    view.setUint32(i * 4, x >>> 0, true);
  }
  for (let i = words * 4; i < out.length; i++) out[i] = (x >>> ((i % 4) * 8)) & 0xff;
}

/** Copies `bytes` (placed at absolute position `at` of the object) into the chunk starting at `offset`. */
function overlay(out: Uint8Array, offset: number, bytes: Uint8Array, at: number): void {
  const start = Math.max(at, offset);
  const end = Math.min(at + bytes.length, offset + out.length);
  for (let p = start; p < end; p++) out[p - offset] = bytes[p - at];
}

const ascii = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

/** Magic numbers and trailers per binary type; the body between them is noise. */
export const FRAMES: Record<"pdf" | "xlsx" | "zip" | "bin", { prefix: Uint8Array; suffix: Uint8Array }> = {
  pdf: {
    prefix: ascii("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\nstream\n"),
    suffix: ascii("\nendstream\n%%EOF\n"),
  },
  xlsx: {
    prefix: ascii("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml"),
    suffix: ascii("PK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"),
  },
  zip: {
    prefix: ascii("PK\x03\x04\x14\x00\x00\x00\x08\x00"),
    suffix: ascii("PK\x05\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"),
  },
  bin: { prefix: new Uint8Array(0), suffix: new Uint8Array(0) },
};
