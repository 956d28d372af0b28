import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { whiteboardPng } from "@/lib/simulator/data/png";
import { createStore } from "@/lib/simulator/store/create-store";
import { NOW } from "./store/helpers";

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Uint8Array) => {
  let c = 0xffffffff;
  for (const x of b) c = CRC[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** Walks the chunks the way a decoder does: every CRC must match, and IDAT must inflate to the declared pixels. */
function decode(png: Buffer) {
  expect(png.subarray(0, 8).toString("latin1")).toBe("\x89PNG\r\n\x1a\n");
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("latin1");
    const data = png.subarray(at + 8, at + 8 + len);
    expect(png.readUInt32BE(at + 8 + len), `${type} crc`).toBe(crc32(png.subarray(at + 4, at + 8 + len)));
    chunks.push({ type, data });
    at += 12 + len;
  }
  const ihdr = chunks[0];
  expect(ihdr.type).toBe("IHDR");
  expect(chunks.at(-1)?.type).toBe("IEND");
  const width = ihdr.data.readUInt32BE(0);
  const height = ihdr.data.readUInt32BE(4);
  const pixels = inflateSync(Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data)));
  return { width, height, bitDepth: ihdr.data[8], colourType: ihdr.data[9], pixels };
}

describe("generated PNG uploads", () => {
  it("are well-formed truecolour PNGs whose pixel data inflates to exactly width × height", () => {
    const { width, height, bitDepth, colourType, pixels } = decode(whiteboardPng("seed:file_1"));
    expect([width, height, bitDepth, colourType]).toEqual([640, 400, 8, 2]);
    expect(pixels.length).toBe(height * (1 + width * 3));
  });

  it("are deterministic per key and differ between keys", () => {
    expect(whiteboardPng("a").equals(whiteboardPng("a"))).toBe(true);
    expect(whiteboardPng("a").equals(whiteboardPng("b"))).toBe(false);
  });

  it("appear as project attachments in the demo profile, streamed with the size and md5 their metadata states", async () => {
    const s = createStore({ profile: "demo", seed: 42, now: NOW });
    const projects = s.projects();
    let image: Record<string, unknown> | undefined;
    for (let i = 0; i < projects.size && !image; i++) {
      const attachments = s.projectAttachments(String(projects.at(i).id));
      for (let k = 0; attachments && k < attachments.size && !image; k++)
        if (attachments.at(k).mime_type === "image/png") image = attachments.at(k);
    }
    if (!image) throw new Error("no PNG project attachment in the demo profile");
    const content = s.fileContent(String(image.id));
    if (!content) throw new Error("no content");
    const parts: Buffer[] = [];
    for await (const c of content.stream()) parts.push(Buffer.from(c));
    const bytes = Buffer.concat(parts);
    expect(bytes.length).toBe(image.size_bytes);
    decode(bytes);
  });
});
