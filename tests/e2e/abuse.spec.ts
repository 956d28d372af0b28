import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, sessionFile, test } from "./support/fixtures";

// Issue 10 §7 and the abuse suite's framework half: what Next itself answers before (or instead of) our routes.
// Sent with node:http so methods (TRACE) and paths (`%`, `%C0%AE`) reach the server byte for byte. Every answer
// under /api/ must be our JSON envelope with the right status; no 5xx, no HTML, no empty 405.

const ENVELOPE_KEYS = ["code", "message", "requestId"];

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

function raw(baseURL: string, method: string, rawPath: string, cookie?: string, body?: string): Promise<Answer> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, method, path: rawPath, headers: cookie ? { cookie } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The session cookie auth.setup.ts saved for the analyst, so routes reach their own checks. */
function analystCookie(): string {
  const state = JSON.parse(readFileSync(sessionFile("analyst"), "utf8")) as {
    cookies: { name: string; value: string }[];
  };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** `/api/users/[userId]` for every route file under app/api, with a placeholder per dynamic segment. */
function apiPaths(): string[] {
  return readdirSync(path.join(process.cwd(), "app/api"), { recursive: true, encoding: "utf8" })
    .map((rel) => rel.split(path.sep).join("/"))
    .filter((rel) => rel.endsWith("route.ts"))
    .map((rel) => `/api/${rel.replace(/\/?route\.ts$/, "")}`.replace(/\/$/, ""))
    .map((p) => p.replace(/\[\.\.\.\w+\]/, "session").replace(/\[\w+\]/g, "abuse_id"));
}

function expectEnvelope(answer: Answer, status: number, what: string): void {
  expect(answer.status, `${what}: ${answer.body.slice(0, 120)}`).toBe(status);
  expect(answer.headers["content-type"], what).toMatch(/^application\/json/);
  const body = JSON.parse(answer.body) as { error?: Record<string, unknown> };
  expect(Object.keys(body.error ?? {}), what).toEqual(expect.arrayContaining(ENVELOPE_KEYS));
  expect(answer.body, what).not.toMatch(/\bat \S+ \(|node_modules|\/work\/|\.next\//);
}

test("TRACE on every route is a JSON 405 with Allow, not a text 500", async ({ baseURL }) => {
  for (const p of apiPaths()) {
    const answer = await raw(baseURL!, "TRACE", p);
    expectEnvelope(answer, 405, `TRACE ${p}`);
    expect(answer.headers.allow, p).toMatch(/OPTIONS/);
  }
});

test("a method a route does not export is a JSON 405 naming the route's methods", async ({ baseURL }) => {
  const cookie = analystCookie();
  for (const [method, p, allow] of [
    ["DELETE", "/api/purpose", "GET, HEAD, OPTIONS, POST"],
    ["PUT", "/api/users", "GET, HEAD, OPTIONS, POST"],
    ["POST", "/api/files/abuse_id/content", "GET, HEAD, OPTIONS"],
    ["GET", "/api/users/abuse_id", "OPTIONS, PATCH"],
    ["PROPFIND", "/api/custodians", "GET, HEAD, OPTIONS"],
    ["DELETE", "/api/auth/session", "GET, HEAD, OPTIONS, POST"],
  ] as const) {
    const answer = await raw(baseURL!, method, p, cookie);
    expectEnvelope(answer, 405, `${method} ${p}`);
    expect(answer.headers.allow, `${method} ${p}`).toBe(allow);
  }
});

test("malformed percent-encoding in an /api/ path is a JSON 400; traversal encodings never reach a file", async ({
  baseURL,
}) => {
  const cookie = analystCookie();
  for (const p of [
    "/api/files/%/content",
    "/api/files/%zz",
    "/api/files/%C0%AE%C0%AE/content",
    "/api/chats/%E2%82/messages",
  ])
    expectEnvelope(await raw(baseURL!, "GET", p, cookie), 400, p);
  for (const p of [
    "/api/files/%2e%2e/content",
    "/api/files/..%2f..%2fetc%2fpasswd/content",
    "/api/files/%00/content",
  ]) {
    const answer = await raw(baseURL!, "GET", p, cookie);
    expect(answer.status, p).toBeGreaterThanOrEqual(400);
    expect(answer.status, p).toBeLessThan(500);
    expect(answer.headers["content-type"], p).toMatch(/^application\/json/);
  }
});

test("an unknown /api/ path is a JSON 404, signed in or not", async ({ baseURL }) => {
  for (const cookie of [undefined, analystCookie()])
    for (const p of ["/api/nope", "/api", "/api/users/abuse_id/extra", "/api/Purpose"])
      expectEnvelope(await raw(baseURL!, "GET", p, cookie), 404, p);
});

test("next-auth's own routes still answer GET and POST, and a NUL in the credentials is a failed sign-in", async ({
  baseURL,
}) => {
  const session = await raw(baseURL!, "GET", "/api/auth/session");
  expect(session.status).toBe(200);
  const csrf = await raw(baseURL!, "GET", "/api/auth/csrf");
  expect(csrf.status).toBe(200);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const form = new URLSearchParams({
    csrfToken,
    email: "analyst@westeros.inc\u0000",
    password: "a\u0000b",
    json: "true",
  });
  const { hostname, port } = new URL(baseURL!);
  const answer = await new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      {
        hostname,
        port,
        method: "POST",
        path: "/api/auth/callback/credentials",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded", origin: baseURL! },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on("error", reject);
    req.end(form.toString());
  });
  expect(answer.status).toBeLessThan(500);
  expect(JSON.stringify(answer.headers.location ?? answer.body)).toMatch(/error=CredentialsSignin/);
});
