import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createStreamFetch, READ_BUFFER_BYTES, streamFetch } from "@/lib/compliance/transport/stream-fetch";

// The download transport (lib/compliance/transport/stream-fetch.ts) parses HTTP/1.1 itself so that every socket
// read lands in one reused buffer. These tests talk to real servers on loopback: Node's http server (length and
// chunked bodies), a raw TCP server (close-delimited, cut-short and malformed responses) and an https server.

const closers: (() => void)[] = [];
afterEach(() => {
  while (closers.length) closers.pop()?.();
});

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => server.close());
  return (server.address() as net.AddressInfo).port;
}

/** A raw server that answers every connection with `reply` bytes, then closes (or not). */
async function rawServer(reply: string | Buffer, options: { end?: boolean } = {}) {
  const seen: string[] = [];
  const server = net.createServer((socket) => {
    socket.once("data", (data) => {
      seen.push(data.toString("latin1"));
      socket.write(reply);
      if (options.end !== false) socket.end();
    });
    socket.on("error", () => {});
  });
  return { url: `http://127.0.0.1:${await listen(server)}`, seen };
}

const pattern = (size: number) => {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 0xff;
  return bytes;
};
const md5 = (bytes: Uint8Array) => createHash("md5").update(bytes).digest("hex");

/** Reads a body the way downloadVerified does: one buffer, passed back to every BYOB read. */
async function readByob(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader({ mode: "byob" });
  const hash = createHash("md5");
  let buffer = new ArrayBuffer(READ_BUFFER_BYTES);
  let total = 0;
  let reads = 0;
  for (;;) {
    const { done, value } = await reader.read(new Uint8Array(buffer));
    if (done || !value) break;
    hash.update(value);
    total += value.byteLength;
    reads++;
    buffer = value.buffer as ArrayBuffer;
  }
  return { total, md5: hash.digest("hex"), reads };
}

describe("streamFetch (issue 9: a download reads into one reused buffer)", () => {
  it("reads a Content-Length body byte for byte with a BYOB reader", async () => {
    const bytes = pattern(3 * 1024 * 1024 + 17);
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { "content-length": String(bytes.length), "content-type": "application/octet-stream" });
      res.end(bytes);
    });
    const response = await streamFetch(`http://127.0.0.1:${await listen(server)}/f`, { headers: { "x-api-key": "k" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    const read = await readByob(response.body!);
    expect(read).toMatchObject({ total: bytes.length, md5: md5(bytes) });
  });

  it("decodes chunked coding whose chunk boundaries fall anywhere in the reads", async () => {
    const bytes = pattern(1024 * 1024 + 3);
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/zip" }); // no length: Node sends it chunked
      let at = 0;
      const sizes = [1, 2, 70_000, 5, 65_536, 65_535, 123_457];
      let i = 0;
      const more = () => {
        while (at < bytes.length) {
          const n = Math.min(sizes[i++ % sizes.length], bytes.length - at);
          const ok = res.write(bytes.subarray(at, at + n));
          at += n;
          if (!ok) return void res.once("drain", more);
        }
        res.end();
      };
      more();
    });
    const response = await streamFetch(`http://127.0.0.1:${await listen(server)}/c`);
    expect(response.headers.get("transfer-encoding")).toBe("chunked");
    expect(await readByob(response.body!)).toMatchObject({ total: bytes.length, md5: md5(bytes) });
  });

  it("serves default readers too (text(), json()), for error bodies and small reads", async () => {
    const { url } = await rawServer(
      'HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 27\r\n\r\n{"error":{"type":"x"},"a":1}',
    );
    const response = await streamFetch(`${url}/missing`);
    expect(response.status).toBe(404);
    expect(response.ok).toBe(false);
    expect(await response.text()).toBe('{"error":{"type":"x"},"a":1');
  });

  it("sends one GET with the caller's headers, identity encoding and Connection: close", async () => {
    const server = await rawServer("HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok");
    const response = await streamFetch(`${server.url}/v1/x?a=1&b=%20`, {
      headers: { "x-api-key": "secret-k", accept: "*/*" },
    });
    expect(await response.text()).toBe("ok");
    const [request] = server.seen;
    expect(request.startsWith("GET /v1/x?a=1&b=%20 HTTP/1.1\r\n")).toBe(true);
    expect(request).toMatch(/\r\nx-api-key: secret-k\r\n/);
    expect(request).toMatch(/\r\naccept-encoding: identity\r\n/);
    expect(request).toMatch(/\r\nconnection: close\r\n\r\n$/);
  });

  it("ends a close-delimited body at the close", async () => {
    const { url } = await rawServer("HTTP/1.1 200 OK\r\n\r\nuntil the end");
    expect(await (await streamFetch(url)).text()).toBe("until the end");
  });

  it("errors the stream when the connection closes before Content-Length bytes arrived", async () => {
    const { url } = await rawServer("HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nonly this");
    const response = await streamFetch(url);
    await expect(readByob(response.body!)).rejects.toThrow(/terminated/);
  });

  it("errors the stream when a chunked body is cut off before its last chunk", async () => {
    const { url } = await rawServer("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n5\r\nwor");
    const response = await streamFetch(url);
    await expect(response.text()).rejects.toThrow(/terminated/);
  });

  it("refuses malformed chunk sizes and heads as errors, never as data", async () => {
    const bad = await rawServer("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n");
    await expect((await streamFetch(bad.url)).text()).rejects.toThrow(/chunk size/);
    const garbage = await rawServer("SMTP ready\r\n\r\n");
    await expect(streamFetch(garbage.url)).rejects.toThrow(/fetch failed/);
    const twoLengths = await rawServer("HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\nabc");
    await expect(streamFetch(twoLengths.url)).rejects.toThrow(/fetch failed/);
  });

  it("rejects like fetch when nothing listens, and with the signal's reason when aborted", async () => {
    const server = net.createServer();
    const port = await listen(server);
    server.close();
    await expect(streamFetch(`http://127.0.0.1:${port}/`)).rejects.toMatchObject({
      message: "fetch failed",
      cause: { code: "ECONNREFUSED" },
    });
    const silent = await rawServer("", { end: false });
    const controller = new AbortController();
    const pending = streamFetch(silent.url, { signal: controller.signal });
    controller.abort(new DOMException("timed out", "TimeoutError"));
    await expect(pending).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("errors an open body when the signal aborts mid-transfer", async () => {
    const { url } = await rawServer("HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\nfirst", { end: false });
    const controller = new AbortController();
    const response = await streamFetch(url, { signal: controller.signal });
    const reader = response.body!.getReader({ mode: "byob" });
    const first = await reader.read(new Uint8Array(64));
    expect(Buffer.from(first.value!).toString()).toBe("first");
    controller.abort(new Error("stop"));
    await expect(reader.read(new Uint8Array(64))).rejects.toThrow("stop");
  });

  it("skips an interim 100 Continue head and gives no body for 204", async () => {
    const cont = await rawServer("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: 3\r\n\r\nyes");
    expect(await (await streamFetch(cont.url)).text()).toBe("yes");
    const empty = await rawServer("HTTP/1.1 204 No Content\r\n\r\n");
    const response = await streamFetch(empty.url);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it("refuses other methods and schemes rather than sending them wrongly", async () => {
    await expect(streamFetch("http://127.0.0.1:1/", { method: "DELETE" })).rejects.toThrow(/DELETE not supported/);
    await expect(streamFetch("file:///etc/passwd")).rejects.toThrow(/file: not supported/);
  });

  it("reads over TLS into the same reused buffer", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "custody-tls-"));
    const key = path.join(dir, "k.pem");
    const cert = path.join(dir, "c.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        key,
        "-out",
        cert,
      ],
      { stdio: "ignore" },
    );
    const bytes = pattern(2 * 1024 * 1024 + 5);
    const server = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => {
      res.writeHead(200, { "content-length": String(bytes.length) });
      res.end(bytes);
    });
    const port = await listen(server);
    const trusting = createStreamFetch({ ca: readFileSync(cert) });
    const response = await trusting(`https://127.0.0.1:${port}/secure`);
    expect(await readByob(response.body!)).toMatchObject({ total: bytes.length, md5: md5(bytes) });
    // Without the test CA the certificate is refused, as fetch would refuse it.
    await expect(streamFetch(`https://127.0.0.1:${port}/secure`)).rejects.toThrow(/fetch failed/);
  });
});
