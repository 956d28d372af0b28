import "server-only";
import net from "node:net";
import tls from "node:tls";
import { createBodyDecoder, type BodyDecoder } from "./body-decoder";
import { parseResponseHead, type ResponseHead } from "./response-head";

/** The one buffer each connection reads into; also the most a BYOB read gets at once. */
export const READ_BUFFER_BYTES = 64 * 1024;
/** A response head larger than this is refused (the API's heads are a few hundred bytes). */
const MAX_HEAD_BYTES = 64 * 1024;

/**
 * A `fetch` for large GET bodies (file downloads) that reads every socket chunk into ONE reused 64 KiB buffer
 * (`net`/`tls` `onread`) and copies body bytes straight into the reader's own buffer (a BYOB byte stream).
 *
 * Why: undici, like Node's http client, allocates a fresh buffer for every socket read. At a few hundred MiB/s
 * that is hundreds of dead 64 KiB ArrayBuffers per second, which V8 collects only once about 64 MiB of them have
 * piled up (measured by bench:client: the RSS growth of a 2 GiB download was that garbage). Here a download
 * allocates nothing per chunk when read with a BYOB reader (downloadVerified does); a default reader gets a fresh
 * 64 KiB chunk per read, as with fetch.
 *
 * Scope, on purpose: HTTP/1.1, GET/HEAD, one connection per request (`Connection: close`), no redirects (the client
 * asks for `redirect: "manual"` anyway and treats a 3xx as an error), no compression (downloads are hashed as sent).
 * Failures before the head look like fetch's (`TypeError("fetch failed", { cause })`); a body cut short errors the
 * stream with `TypeError("terminated")`, which the verifying stream reports as an IntegrityError.
 */
export function createStreamFetch(options: { ca?: string | Buffer } = {}): typeof fetch {
  return (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init.method ?? "GET").toUpperCase();
    if (method !== "GET" && method !== "HEAD")
      return Promise.reject(new TypeError(`streamFetch: ${method} not supported`));
    if (url.protocol !== "http:" && url.protocol !== "https:")
      return Promise.reject(new TypeError(`streamFetch: ${url.protocol} not supported`));
    const signal = init.signal ?? undefined;
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<Response>((resolve, reject) => {
      new Exchange(url, method, new Headers(init.headers), signal, options.ca, resolve, reject).send();
    });
  };
}

/** Trusts the system's certificate authorities, as fetch does. */
export const streamFetch = createStreamFetch();

/** One request and its response over its own connection. */
class Exchange {
  private readonly buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  /** Raw bytes of `buffer` not yet consumed: [start, end). While non-empty the socket stays paused. */
  private start = 0;
  private end = 0;
  private head: Buffer = Buffer.alloc(0);
  /** Set once the head has been parsed and a body follows. */
  private decoder: BodyDecoder | null = null;
  private responded = false;
  /** The error the body ends with, once the connection has failed; raised at the next read. */
  private failure: { error: unknown } | null = null;
  private closed = false;
  private controller: ReadableByteStreamController | null = null;
  private pullDone: (() => void) | null = null;
  private socket: net.Socket | null = null;
  private readonly onAbort = () => {
    const reason = this.signal?.reason ?? new DOMException("aborted", "AbortError");
    if (this.responded) return this.fail(reason);
    // Before the head, like fetch: the promise rejects with the signal's reason itself.
    this.responded = true;
    this.reject(reason);
    this.close();
  };

  constructor(
    private readonly url: URL,
    private readonly method: string,
    private readonly headers: Headers,
    private readonly signal: AbortSignal | undefined,
    /** Extra trusted CA (tests); undefined = the system's, as for fetch. */
    private readonly ca: string | Buffer | undefined,
    private readonly resolve: (response: Response) => void,
    private readonly reject: (error: unknown) => void,
  ) {}

  send(): void {
    const host = this.url.hostname.replace(/^\[(.*)\]$/, "$1");
    const secure = this.url.protocol === "https:";
    const port = Number(this.url.port) || (secure ? 443 : 80);
    const onread = { buffer: this.buffer, callback: (n: number) => this.onRead(n) };
    // tls.connect honours `onread` as net.connect does (Node 20; tests/unit/compliance/stream-fetch.test.ts reads
    // over TLS), though @types/node only declares it for net.
    const tlsOptions: tls.ConnectionOptions & { onread: typeof onread } = {
      host,
      port,
      servername: net.isIP(host) ? undefined : host,
      ALPNProtocols: ["http/1.1"],
      ...(this.ca ? { ca: this.ca } : {}),
      onread,
    };
    const socket = secure ? tls.connect(tlsOptions) : net.connect({ host, port, onread });
    this.socket = socket;
    socket.setNoDelay(true);
    socket.on("error", (error) => this.fail(error));
    socket.on("end", () => this.onEnd());
    socket.on("close", () => this.onEnd());
    this.signal?.addEventListener("abort", this.onAbort, { once: true });
    socket.write(this.requestHead());
  }

  private requestHead(): string {
    const lines = [`${this.method} ${this.url.pathname}${this.url.search} HTTP/1.1`, `host: ${this.url.host}`];
    for (const name of ["connection", "host", "accept-encoding", "content-length", "transfer-encoding"])
      this.headers.delete(name);
    // Headers has already refused CR/LF in names and values.
    for (const [name, value] of this.headers) lines.push(`${name}: ${value}`);
    lines.push("accept-encoding: identity", "connection: close", "", "");
    return lines.join("\r\n");
  }

  /** `onread` callback: `n` new bytes at the start of `buffer`. Returning false pauses the socket. */
  private onRead(n: number): boolean {
    if (this.closed) return false;
    this.start = 0;
    this.end = n;
    if (!this.responded) this.readHead();
    else this.pump();
    return this.start >= this.end;
  }

  private readHead(): void {
    const joined = Buffer.concat([this.head, this.buffer.subarray(this.start, this.end)]);
    const split = joined.indexOf("\r\n\r\n");
    if (split === -1) {
      if (joined.length > MAX_HEAD_BYTES) return this.fail(new Error("response head too large"));
      this.head = joined;
      this.start = this.end;
      return;
    }
    // What follows the head is still in `buffer`: its last (joined.length - split - 4) bytes.
    this.start = this.end - (joined.length - split - 4);
    this.head = Buffer.alloc(0);
    let head: ResponseHead;
    try {
      head = parseResponseHead(joined.subarray(0, split).toString("latin1"));
    } catch (error) {
      return this.fail(error);
    }
    if (head.status < 200) return this.readHead(); // 100 Continue and the like: the real head follows
    this.respond(head);
  }

  private respond(head: ResponseHead): void {
    const bodyless = this.method === "HEAD" || head.status === 204 || head.status === 304;
    let decoder: BodyDecoder | null = null;
    try {
      decoder = bodyless ? null : createBodyDecoder(head.headers);
    } catch (error) {
      return this.fail(error);
    }
    this.decoder = decoder;
    const body = decoder
      ? new ReadableStream({
          type: "bytes",
          autoAllocateChunkSize: READ_BUFFER_BYTES,
          pull: (controller) =>
            new Promise<void>((done) => {
              this.controller = controller;
              this.pullDone = done;
              this.pump();
            }),
          cancel: () => this.close(),
        })
      : null;
    this.responded = true;
    this.resolve(new Response(body, { status: head.status, statusText: head.statusText, headers: head.headers }));
    if (!decoder) this.close();
  }

  /**
   * Answers the pending read, if any: decodes bytes from `buffer` into its view, or ends the stream. Resumes the
   * socket once `buffer` is drained; until then the socket stays paused, so `buffer` is never overwritten early.
   */
  private pump(): void {
    const controller = this.controller;
    const decoder = this.decoder;
    if (!controller || !this.pullDone || !decoder) return;
    if (this.failure) {
      controller.error(this.failure.error);
      return this.settlePull();
    }
    const request = controller.byobRequest;
    if (!request?.view) return;
    let written = 0;
    if (this.start < this.end && !decoder.complete) {
      const view = new Uint8Array(request.view.buffer, request.view.byteOffset, request.view.byteLength);
      try {
        const step = decoder.decode(this.buffer, this.start, this.end, view);
        this.start = step.next;
        written = step.written;
      } catch (error) {
        this.fail(error);
        return;
      }
    }
    if (written > 0) request.respond(written);
    if (decoder.complete) {
      controller.close();
      // A read still waiting on its view is answered with 0 bytes once the stream is closed.
      controller.byobRequest?.respond(0);
      this.settlePull();
      this.close();
      return;
    }
    if (written > 0) this.settlePull();
    if (this.start >= this.end && !this.closed) this.socket?.resume();
  }

  private settlePull(): void {
    const done = this.pullDone;
    this.pullDone = null;
    done?.();
  }

  /** The server closed the connection: the end of a close-delimited body, otherwise a body cut short. */
  private onEnd(): void {
    if (this.closed) return;
    if (!this.responded) return this.fail(new Error("connection closed before the response head"));
    if (this.decoder && !this.decoder.complete) {
      if (this.decoder.endsAtClose) this.decoder.complete = true;
      else this.failure = { error: new TypeError("terminated", { cause: new Error("connection closed mid-body") }) };
    }
    this.closed = true;
    this.socket?.destroy();
    this.pump();
  }

  private fail(error: unknown): void {
    if (!this.responded) {
      this.responded = true;
      this.reject(new TypeError("fetch failed", { cause: error }));
      this.close();
      return;
    }
    if (this.decoder?.complete || this.failure) return this.close();
    this.failure = { error };
    this.close();
    this.pump();
  }

  private close(): void {
    this.closed = true;
    this.signal?.removeEventListener("abort", this.onAbort);
    this.socket?.destroy();
  }
}
