import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createComplianceClient } from "@/lib/compliance/client";
import { IntegrityError } from "@/lib/compliance/errors";
import { filenameFromDisposition, md5HexFromHeader } from "@/lib/compliance/downloads/headers";
import { recordingSleep, startScriptedServer, TEST_ACCESS_KEY, type Reply } from "./support/scripted-server";

let server: Awaited<ReturnType<typeof startScriptedServer>> | undefined;
afterEach(async () => server?.close());

const BYTES = Buffer.from("The quick brown fox jumps over the lazy dog. ".repeat(2000));
const md5 = (b: Buffer) => createHash("md5").update(b).digest("hex");
const meta = (over: Record<string, unknown> = {}) => ({
  id: "claude_file_1",
  created_at: "2026-01-01T00:00:00Z",
  filename: "meta.txt",
  mime_type: "text/plain",
  size_bytes: BYTES.length,
  md5: md5(BYTES),
  message_ids: [],
  claude_chat_ids: [],
  ...over,
});

/** Streams `body` chunked; `cutAfter` destroys the socket mid-body like a dropped connection. */
function content(body: Buffer, opts: { cutAfter?: number; headers?: Record<string, string> } = {}): Reply {
  return (_req, res) => {
    res.writeHead(200, {
      "content-type": "text/plain",
      "content-disposition": "attachment; filename*=utf-8''r%C3%A9sum%C3%A9%20final.txt",
      ...opts.headers,
    });
    if (opts.cutAfter !== undefined) {
      res.write(body.subarray(0, opts.cutAfter), () => setTimeout(() => res.socket?.destroy(), 20));
      return;
    }
    res.end(body);
  };
}

async function clientFor(script: Reply[]) {
  server = await startScriptedServer(script);
  return createComplianceClient({ baseUrl: server.url, accessKey: TEST_ACCESS_KEY, sleep: recordingSleep().sleep });
}
async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let step = await reader.read(); !step.done; step = await reader.read()) chunks.push(step.value);
  return Buffer.concat(chunks);
}

describe("download", () => {
  it("streams the bytes, verifies them and reports the RFC 5987 filename", async () => {
    const client = await clientFor([{ status: 200, body: meta() }, content(BYTES)]);
    const result = await client.download("file", "claude_file_1");
    expect(result).toMatchObject({
      filename: "résumé final.txt",
      contentType: "text/plain",
      sizeBytes: BYTES.length,
      md5: md5(BYTES),
    });
    expect(md5(await readAll(result.stream))).toBe(md5(BYTES));
  });

  it("errors the stream with IntegrityError when the transfer is cut short", async () => {
    const client = await clientFor([{ status: 200, body: meta() }, content(BYTES, { cutAfter: 1000 })]);
    const result = await client.download("file", "claude_file_1");
    await expect(readAll(result.stream)).rejects.toBeInstanceOf(IntegrityError);
  });

  it("errors the stream when the bytes don't match the md5", async () => {
    const tampered = Buffer.from(BYTES);
    tampered[10] ^= 0xff;
    const client = await clientFor([{ status: 200, body: meta() }, content(tampered)]);
    const result = await client.download("file", "claude_file_1");
    await expect(readAll(result.stream)).rejects.toThrow(/MD5/);
  });

  it("lets Content-MD5 win over the metadata md5", async () => {
    const headerMd5 = Buffer.from(md5(BYTES), "hex").toString("base64");
    const client = await clientFor([
      { status: 200, body: meta({ md5: "0".repeat(32) }) },
      content(BYTES, { headers: { "content-md5": headerMd5 } }),
    ]);
    const result = await client.download("file", "claude_file_1");
    expect(result.md5).toBe(md5(BYTES));
    expect((await readAll(result.stream)).length).toBe(BYTES.length);
  });

  it("retries a failure before the first byte like any GET", async () => {
    const client = await clientFor([
      { status: 200, body: meta() },
      { status: 503, body: { error: { type: "overloaded_error", message: "busy" } } },
      content(BYTES),
    ]);
    const result = await client.download("file", "claude_file_1");
    expect((await readAll(result.stream)).length).toBe(BYTES.length);
    expect(server?.requests.map((r) => r.url)).toEqual([
      "/v1/compliance/apps/chats/files/claude_file_1",
      "/v1/compliance/apps/chats/files/claude_file_1/content",
      "/v1/compliance/apps/chats/files/claude_file_1/content",
    ]);
  });

  it("serves a project document's JSON text as a verified stream", async () => {
    const text = "Project notes — ünïcode";
    const bytes = Buffer.from(text, "utf8");
    const client = await clientFor([
      {
        status: 200,
        body: {
          id: "claude_proj_doc_1",
          claude_project_id: "p",
          filename: "notes.txt",
          created_at: "2026-01-01T00:00:00Z",
          mime_type: "text/plain",
          md5: md5(bytes),
          size_bytes: bytes.length,
          user: null,
        },
      },
      {
        status: 200,
        body: {
          id: "claude_proj_doc_1",
          filename: "notes.txt",
          content: text,
          created_at: "2026-01-01T00:00:00Z",
          user: null,
        },
      },
    ]);
    const result = await client.download("document", "claude_proj_doc_1");
    expect((await readAll(result.stream)).toString("utf8")).toBe(text);
  });
});

describe("downloadVerified", () => {
  it("retries a truncated download into a fresh sink and returns only verified bytes", async () => {
    const client = await clientFor([
      { status: 200, body: meta() },
      content(BYTES, { cutAfter: 4096 }),
      { status: 200, body: meta() },
      content(BYTES),
    ]);
    const sinks: Buffer[][] = [];
    const aborted: number[] = [];
    const result = await client.downloadVerified("file", "claude_file_1", (_info, attempt) => {
      const chunks: Buffer[] = [];
      sinks.push(chunks);
      return new WritableStream({
        write: (c) => void chunks.push(Buffer.from(c)),
        abort: () => void aborted.push(attempt),
      });
    });
    expect(result).toMatchObject({ attempts: 2, integrityErrors: 1, bytes: BYTES.length });
    expect(aborted).toEqual([1]);
    expect(md5(Buffer.concat(sinks[1]))).toBe(md5(BYTES));
  });

  it("gives up after the allowed attempts with the IntegrityError", async () => {
    const client = await clientFor(
      [{ status: 200, body: meta() }, content(BYTES, { cutAfter: 10 })].flatMap((r, i, all) =>
        i === 0 ? [r, all[1], r, all[1]] : [],
      ),
    );
    const attempt = client.downloadVerified("file", "claude_file_1", () => new WritableStream(), { attempts: 2 });
    await expect(attempt).rejects.toBeInstanceOf(IntegrityError);
  });
});

describe("download headers", () => {
  it("parses RFC 5987 and plain filenames", () => {
    expect(filenameFromDisposition("attachment; filename*=utf-8''a%20b.pdf")).toBe("a b.pdf");
    expect(filenameFromDisposition('attachment; filename="plain.txt"')).toBe("plain.txt");
    expect(filenameFromDisposition(null)).toBeNull();
  });
  it("decodes Content-MD5 from base64 and rejects malformed values", () => {
    expect(md5HexFromHeader("1B2M2Y8AsgTpgAmY7PhCfg==")).toBe("d41d8cd98f00b204e9800998ecf8427e");
    expect(md5HexFromHeader("bm90LWEtZGlnZXN0")).toBeNull();
  });
});
