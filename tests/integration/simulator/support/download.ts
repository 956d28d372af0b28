import { createHash } from "node:crypto";
import { expect } from "vitest";

/** What a downloader needs to check on a content response (reference §5.11): bytes and the headers around them. */
export interface Download {
  status: number;
  bytes: Buffer;
  md5Hex: string;
  headers: Headers;
}

export async function readDownload(res: Response): Promise<Download> {
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, bytes, md5Hex: createHash("md5").update(bytes).digest("hex"), headers: res.headers };
}

/** Reads at most `max` bytes, then cancels the stream (for the 1 GiB file: never download it whole). */
export async function readPrefix(res: Response, max: number): Promise<number> {
  const body = res.body;
  if (!body) throw new Error("no body");
  const reader = body.getReader();
  let got = 0;
  while (got < max) {
    const step = await reader.read();
    if (step.done) break;
    got += step.value.byteLength;
  }
  await reader.cancel();
  return got;
}

/** Chunked, no Content-Length (§5.11): the console cannot show a total size from the headers. */
export function expectChunked(headers: Headers): void {
  expect(headers.get("content-length")).toBeNull();
  const te = headers.get("transfer-encoding");
  if (te !== null) expect(te.toLowerCase()).toContain("chunked");
}

const RFC5987 = /^attachment; filename\*=utf-8''([A-Za-z0-9!#$&+\-.^_`|~%]*)$/i;

/** `attachment; filename*=utf-8''<percent-encoded>` that decodes to `filename`, with nothing raw that could break out. */
export function expectDisposition(headers: Headers, filename: string): void {
  const value = headers.get("content-disposition") ?? "";
  expect(value).not.toMatch(/[\r\n"]/);
  const m = RFC5987.exec(value);
  expect(m, `Content-Disposition: ${value}`).not.toBeNull();
  expect(decodeURIComponent(m?.[1] ?? "")).toBe(filename);
}

/** RFC 1864: base64 of the raw digest. */
export function expectContentMd5(headers: Headers, md5Hex: string): void {
  expect(headers.get("content-md5")).toBe(Buffer.from(md5Hex, "hex").toString("base64"));
}
