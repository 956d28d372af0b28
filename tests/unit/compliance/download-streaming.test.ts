import { testOp } from "@/tests/support/operation";
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createComplianceClient } from "@/lib/compliance/client";
import { streamDownload } from "@/lib/server/files/stream-download";
import { recordingSleep, startScriptedServer, TEST_ACCESS_KEY } from "./support/scripted-server";

// The download path must stream: a large file flows through in chunks and only a few of them are ever between
// the upstream body and the consumer, however slow the consumer is. These tests count chunks, never time: the
// upstream body is wrapped so every chunk the client pulls out of it is counted, and the consumer yields to the
// event loop on each chunk (the chance any read-ahead would take). Collecting the body, tee-ing it into a branch
// nobody drains, or reading ahead of backpressure would make `ahead` grow towards the file's 256 chunks.

let server: Awaited<ReturnType<typeof startScriptedServer>> | undefined;
afterEach(async () => server?.close());

const CHUNK = 64 * 1024;
const CHUNKS = 256; // 16 MiB
const BLOCK = Buffer.alloc(CHUNK, "custody ");
const SIZE = CHUNK * CHUNKS;
const MD5 = (() => {
  const hash = createHash("md5");
  for (let i = 0; i < CHUNKS; i++) hash.update(BLOCK);
  return hash.digest("hex");
})();
/** Chunks the client may hold between the upstream body and the consumer: the pipeline's few queues, not the file. */
const MAX_AHEAD = 4;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A client on the real fetch path whose content bodies count what is pulled from them. */
async function countingClient() {
  server = await startScriptedServer((req) =>
    req.url?.endsWith("/content")
      ? (_req, res) => {
          res.writeHead(200, { "content-type": "application/zip", "content-length": String(SIZE) });
          // Written with the socket's backpressure, so the server never holds the file either.
          let sent = 0;
          const more = () => {
            while (sent < CHUNKS) {
              sent++;
              if (!res.write(BLOCK)) return void res.once("drain", more);
            }
            res.end();
          };
          more();
        }
      : {
          status: 200,
          body: {
            id: "claude_file_big",
            created_at: "2026-01-01T00:00:00Z",
            filename: "ledger.zip",
            mime_type: "application/zip",
            size_bytes: SIZE,
            md5: MD5,
            message_ids: [],
            claude_chat_ids: [],
          },
        },
  );
  const counts = { pulledBytes: 0, consumedBytes: 0, maxAheadBytes: 0 };
  const countingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (!String(input).endsWith("/content") || !response.body) return response;
    const upstream = response.body.getReader();
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          const { done, value } = await upstream.read();
          if (done) return controller.close();
          counts.pulledBytes += value.byteLength;
          controller.enqueue(value);
        },
        cancel: (reason) => upstream.cancel(reason),
      },
      { highWaterMark: 0 },
    );
    return new Response(body, { status: response.status, headers: response.headers });
  };
  const consumed = (bytes: number) => {
    counts.maxAheadBytes = Math.max(counts.maxAheadBytes, counts.pulledBytes - counts.consumedBytes);
    counts.consumedBytes += bytes;
  };
  const client = createComplianceClient({
    baseUrl: server.url,
    accessKey: TEST_ACCESS_KEY,
    sleep: recordingSleep().sleep,
    fetch: countingFetch,
  });
  return { client, counts, consumed };
}

describe("the download path streams with bounded buffering", () => {
  it("downloadVerified hands a slow sink the file chunk by chunk, never reading far ahead of it", async () => {
    const { client, counts, consumed } = await countingClient();
    const hash = createHash("md5");
    const result = await client.downloadVerified(
      "file",
      "claude_file_big",
      () =>
        new WritableStream<Uint8Array>({
          async write(chunk) {
            consumed(chunk.byteLength);
            hash.update(chunk);
            await yieldToLoop();
          },
        }),
    );
    expect(result).toMatchObject({ bytes: SIZE, sizeBytes: SIZE, md5: MD5, attempts: 1 });
    expect(hash.digest("hex")).toBe(MD5);
    expect(counts.consumedBytes).toBe(SIZE);
    expect(counts.maxAheadBytes).toBeLessThanOrEqual(MAX_AHEAD * CHUNK);
  });

  it("a stalled sink stops the reading: the client pulls only a few chunks past the one it is stuck on", async () => {
    const { client, counts, consumed } = await countingClient();
    let release!: () => void;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    let writes = 0;
    const done = client.downloadVerified(
      "file",
      "claude_file_big",
      () =>
        new WritableStream<Uint8Array>({
          async write(chunk) {
            consumed(chunk.byteLength);
            if (++writes === 1) await stalled;
          },
        }),
    );
    while (writes === 0) await yieldToLoop();
    // Let every promise chain and socket read that is going to happen happen (loop turns, not a clock).
    for (let i = 0; i < 50; i++) await yieldToLoop();
    expect(counts.pulledBytes).toBeLessThanOrEqual((1 + MAX_AHEAD) * CHUNK);
    release();
    await expect(done).resolves.toMatchObject({ bytes: SIZE });
  });

  it("streamDownload's response body pulls from upstream only as the browser reads", async () => {
    const { client, counts, consumed } = await countingClient();
    const response = await streamDownload({
      ...testOp({ client, audit: { record: async () => ({ id: "audit_1", seq: 1, hash: "h" }) } }),
      input: {
        kind: "file",
        target: "claude_file_big",
        fallbackId: "claude_file_big",
        action: "file.download",
        targets: [{ type: "file", id: "claude_file_big" }],
      },
    });
    expect(response.headers.get("content-length")).toBe(String(SIZE));
    const reader = response.body!.getReader();
    const hash = createHash("md5");
    for (let step = await reader.read(); !step.done; step = await reader.read()) {
      consumed(step.value.byteLength);
      hash.update(step.value);
      await yieldToLoop();
    }
    expect(hash.digest("hex")).toBe(MD5);
    expect(counts.maxAheadBytes).toBeLessThanOrEqual(MAX_AHEAD * CHUNK);
  });
});
