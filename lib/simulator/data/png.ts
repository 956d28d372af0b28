import { deflateSync } from "node:zlib";
import { hash32 } from "./prng";

/**
 * A real, decodable PNG for image uploads: a seeded "whiteboard" (grid, sticky notes, a marker line), so image
 * previews in the console have something a browser can actually draw. Noise between magic bytes would only ever
 * show a broken image. Deterministic: the same key gives the same bytes (and md5).
 */
export function whiteboardPng(key: string, width = 640, height = 400): Buffer {
  let x = hash32(key, "png") | 1;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const rgb = new Uint8Array(width * height * 3).fill(0xf7);
  const put = (px: number, py: number, c: readonly [number, number, number]) => {
    if (px < 0 || py < 0 || px >= width || py >= height) return;
    rgb.set(c, (py * width + px) * 3);
  };
  for (let py = 0; py < height; py += 40) for (let px = 0; px < width; px++) put(px, py, [0xe2, 0xe4, 0xea]);
  for (let px = 0; px < width; px += 40) for (let py = 0; py < height; py++) put(px, py, [0xe2, 0xe4, 0xea]);
  const notes: Array<[number, number, number]> = [
    [0xfd, 0xe6, 0x8a],
    [0xb9, 0xe6, 0xc9],
    [0xb8, 0xd4, 0xf5],
    [0xf6, 0xc1, 0xd0],
  ];
  const count = 3 + Math.floor(next() * 5);
  for (let n = 0; n < count; n++) {
    const w = 80 + Math.floor(next() * 90);
    const h = 60 + Math.floor(next() * 70);
    const left = Math.floor(next() * (width - w));
    const top = Math.floor(next() * (height - h));
    const color = notes[Math.floor(next() * notes.length)];
    for (let py = top; py < top + h; py++) for (let px = left; px < left + w; px++) put(px, py, color);
  }
  let py = height / 2;
  for (let px = 20; px < width - 20; px++) {
    py = Math.min(height - 10, Math.max(10, py + (next() - 0.5) * 6));
    for (let t = -1; t <= 1; t++) put(px, Math.round(py) + t, [0x31, 0x3a, 0xa8]);
  }
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let row = 0; row < height; row++) {
    raw[row * (1 + width * 3)] = 0; // filter: none
    raw.set(rgb.subarray(row * width * 3, (row + 1) * width * 3), row * (1 + width * 3) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from("\x89PNG\r\n\x1a\n", "latin1"),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
