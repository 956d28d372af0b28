import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One scripted reply: status, headers and a body, or a raw handler for odd cases (cut streams, stalls). */
export type Reply =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  | ((req: IncomingMessage, res: ServerResponse) => void);

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
}

/**
 * A real HTTP server on an OS-chosen loopback port that answers from a script, so unit tests
 * exercise the client's real fetch path without a network or a fetch mock.
 */
export async function startScriptedServer(script: Reply[] | ((req: IncomingMessage, index: number) => Reply)) {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const index = requests.length;
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    const reply = typeof script === "function" ? script(req, index) : (script[index] ?? script[script.length - 1]);
    if (typeof reply === "function") return reply(req, res);
    const isText = typeof reply.body === "string";
    res.writeHead(reply.status, { "content-type": isText ? "text/plain" : "application/json", ...reply.headers });
    res.end(reply.body === undefined ? "" : isText ? String(reply.body) : JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const TEST_ACCESS_KEY = "sk-ant-api01-unit-test-access-key-0123456789abcdefghijklmnop";
export const TEST_ADMIN_KEY = "sk-ant-admin01-unit-test-admin-key-0123456789abcdefghijklmnop";

/** Records waits instead of sleeping, so retry tests run instantly and can assert the delays. */
export function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}
