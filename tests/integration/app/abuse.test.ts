import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { CONSOLE_ROUTE_CASES } from "@/tests/support/route-matrix/console";
import { investigateRoutes } from "@/tests/support/route-matrix/investigate";
import type { MatrixContext, RouteCase } from "@/tests/support/route-matrix/types";
import {
  COMMON_QUERY_KEYS,
  HOSTILE_BODIES,
  HOSTILE_IDS,
  HOSTILE_JSON_VALUES,
  HOSTILE_QUERY_VALUES,
} from "@/tests/support/abuse/hostile-values";
import { startTestSimulator } from "@/tests/support/simulator";
import { investigateIdsFrom } from "./support/investigate-ids";
import {
  APP_ORIGIN,
  appTestEnv,
  importRoute,
  paramsFor,
  startAppHarness,
  type AppHarness,
} from "./support/app-harness";
import { signInAs } from "./support/session";

// Issue 10, abuse suite: every route file under app/api, found on disk, gets hostile params, query strings and
// bodies, sent in-process by a user holding every role with a declared purpose (so validation is reached) and a
// per-user limit too high to answer 429 first. No answer may be a 5xx, an error that is not our envelope, or carry a
// stack trace, an internal path or SQL. Methods, percent-encodings and TRACE are Next's: tests/e2e/abuse.spec.ts.

vi.hoisted(() => {
  process.env.CUSTODY_DATA_DIR = "memory://abuse";
  // Thousands of requests reach the simulator: the upstream budget (600/min in production) must not pace them.
  process.env.COMPLIANCE_RATE_LIMIT_RPM = "1000000";
});
vi.mock("next-auth", async (importOriginal) => {
  const { currentSession } = await import("./support/session");
  return { ...(await importOriginal<typeof import("next-auth")>()), getServerSession: async () => currentSession() };
});

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Route files served by Next's own handlers rather than withRoute; the e2e abuse spec covers them over HTTP. */
const OVER_HTTP_ONLY: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's handler: tests/e2e/abuse.spec.ts",
};

const sim = await startTestSimulator();
const BASES: RouteCase[] = [...CONSOLE_ROUTE_CASES, ...investigateRoutes(investigateIdsFrom(sim.store))];
/** The public routes take no input; they still get the query and body cases. */
BASES.push({ file: "app/api/health/route.ts", method: "GET", path: "/api/health", allowed: [], needsPurpose: false });
/** The signing key's public half: public too, and takes no input either. */
BASES.push({
  file: "app/api/signing-key/route.ts",
  method: "GET",
  path: "/api/signing-key",
  allowed: [],
  needsPurpose: false,
});

const ErrorEnvelope = z.strictObject({
  error: z.strictObject({
    code: z.string().regex(/^[a-z_]+$/),
    message: z.string(),
    requestId: z.string().regex(/^req_/),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});
const LEAKS: Array<[string, RegExp]> = [
  ["stack trace", /\bat [^\s()]+ \(|at (async )?\S+:\d+:\d+/],
  ["internal path", /\/work\/|node_modules|\.next\/|file:\/\//],
  ["SQL", /\b(select|insert into|update \S+ set|delete from)\b.*\b(from|values|where)\b|Failed query|params:/i],
];

type Attempt = {
  name: string;
  params: Record<string, string | string[]>;
  query: string;
  body?: { text: string; type?: string | null; length?: string };
};

function allRouteFiles(): string[] {
  return readdirSync(path.join(process.cwd(), "app/api"), { recursive: true, encoding: "utf8" })
    .map((rel) => `app/api/${rel.split(path.sep).join("/")}`)
    .filter((file) => file.endsWith("/route.ts"))
    .sort();
}

const short = (v: string) => (v.length > 40 ? `${JSON.stringify(v.slice(0, 20))}…(${v.length})` : JSON.stringify(v));

/** Every hostile variant of one valid request: each param, each query key and each body field in turn. */
function attemptsFor(base: RouteCase, ctx: MatrixContext): Attempt[] {
  const pathWithQuery = typeof base.path === "function" ? base.path(ctx) : base.path;
  const params = paramsFor(base.file, pathWithQuery) ?? {};
  const search = new URL(pathWithQuery, APP_ORIGIN).searchParams;
  const attempts: Attempt[] = [];
  const withQuery = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    next.set(key, value);
    return next.toString();
  };
  for (const name of Object.keys(params))
    for (const id of HOSTILE_IDS)
      attempts.push({
        name: `param ${name}=${short(id)}`,
        params: { ...params, [name]: id },
        query: search.toString(),
      });
  const keys = new Set([...search.keys(), ...COMMON_QUERY_KEYS]);
  for (const key of keys)
    for (const value of HOSTILE_QUERY_VALUES)
      attempts.push({ name: `query ${short(key)}=${short(value)}`, params, query: withQuery(key, value) });
  const repeated = new URLSearchParams(search);
  for (const key of keys) for (let i = 0; i < 3; i++) repeated.append(key, `r${i}`);
  attempts.push({ name: "every query key repeated", params, query: repeated.toString() });

  if (base.method !== "GET") {
    const valid = typeof base.body === "function" ? base.body(ctx) : base.body;
    const record = typeof valid === "object" && valid !== null && !Array.isArray(valid) ? valid : {};
    for (const raw of HOSTILE_BODIES)
      attempts.push({ name: `body: ${raw.name}`, params, query: search.toString(), body: raw });
    for (const field of Object.keys(record))
      for (const value of HOSTILE_JSON_VALUES)
        attempts.push({
          name: `body ${field}=${short(JSON.stringify(value) ?? "undefined")}`,
          params,
          query: search.toString(),
          body: { text: JSON.stringify({ ...record, [field]: value }) },
        });
  }
  return attempts;
}

async function send(base: RouteCase, attempt: Attempt): Promise<{ status: number; type: string; text: string }> {
  const exported = (await importRoute(base.file))[base.method];
  if (typeof exported !== "function") throw new Error(`${base.file} does not export ${base.method}`);
  const headers = new Headers({ "user-agent": "abuse-suite", origin: APP_ORIGIN });
  const body = attempt.body;
  if (body?.type !== null) headers.set("content-type", body?.type ?? "application/json");
  if (body?.length) headers.set("content-length", body.length);
  // The URL's path is only logged; the route reads its params from the context, as under Next.
  const url = new URL(`/api/abuse${attempt.query ? `?${attempt.query}` : ""}`, APP_ORIGIN);
  const req = new Request(url, { method: base.method, headers, body: body ? body.text : undefined });
  const res: Response = await exported(req, { params: Promise.resolve(attempt.params) });
  const text = await res.text();
  return { status: res.status, type: res.headers.get("content-type") ?? "", text };
}

/** What is wrong with one answer, or null. */
function problemWith(answer: { status: number; type: string; text: string }): string | null {
  if (answer.status >= 500) return `${answer.status} ${answer.text.slice(0, 200)}`;
  if (answer.status >= 400) {
    if (!answer.type.startsWith("application/json")) return `${answer.status} with ${answer.type || "no type"}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer.text);
    } catch {
      return `${answer.status} body is not JSON`;
    }
    if (!ErrorEnvelope.safeParse(parsed).success) return `${answer.status} body is not our envelope`;
  }
  // Error bodies only: a 2xx is custodian content, which may well mention SQL or paths.
  if (answer.status >= 400)
    for (const [what, pattern] of LEAKS) if (pattern.test(answer.text)) return `${answer.status} leaks ${what}`;
  return null;
}

let app: AppHarness;
let ctx: MatrixContext;

beforeAll(async () => {
  appTestEnv("abuse");
  app = await startAppHarness(sim);
  ctx = {
    landmarks: app.sim.store.landmarks(),
    store: app.sim.store,
    simUrl: app.sim.url,
    ids: { users: app.users, spareUserId: app.spareUserId },
    unique: app.unique,
  };
  // One user with every role and a purpose, so every route's validation is reached.
  const { createUser } = await import("@/lib/server/users/create-user");
  const { declarePurpose } = await import("@/lib/server/auth/declare-purpose");
  const { testOp } = await import("@/tests/support/operation");
  const cli = testOp({ db: app.db, auditContext: { actor: { id: "cli:abuse", email: null, roles: [] } } });
  const roles = ["admin", "analyst", "auditor", "legal"] as const;
  const { user } = await createUser({
    ...cli,
    input: { email: "everyone@abuse.test", name: "Every Role", roles: [...roles], password: "correct horse battery" },
  });
  const actor = { id: user.id, email: user.email, name: user.name, roles: [...roles] };
  await declarePurpose({
    ...testOp({ db: app.db, actor, auditContext: { actor: { id: actor.id, email: actor.email, roles: actor.roles } } }),
    input: { sessionId: "ses_abuse", reference: "ABUSE-1", reason: "Abuse suite: hostile input on every route" },
  });
  signInAs(user.id, "ses_abuse");
});
afterAll(async () => app?.close());

describe("abuse suite (issue 10)", () => {
  it("has cases for every exported method of every route file under app/api", async () => {
    const missing: string[] = [];
    for (const file of allRouteFiles()) {
      if (OVER_HTTP_ONLY[file]) continue;
      const mod = await importRoute(file);
      for (const method of METHODS)
        if (typeof mod[method] === "function" && !BASES.some((b) => b.file === file && b.method === method))
          missing.push(`${method} ${file}`);
      if (!METHODS.some((m) => typeof mod[m] === "function")) missing.push(`${file} exports no method`);
    }
    expect(missing).toEqual([]);
  });

  it.each(BASES.map((b) => [`${b.method} ${b.file}`, b] as const))(
    "%s: no 5xx, only our envelope, no stack, path or SQL",
    async (_name, base) => {
      const problems: string[] = [];
      const attempts = attemptsFor(base, ctx);
      for (const attempt of attempts) {
        const problem = problemWith(await send(base, attempt));
        if (problem) problems.push(`${attempt.name} → ${problem}`);
      }
      expect(attempts.length).toBeGreaterThan(100);
      if (process.env.ABUSE_TIMING) console.log(`${base.method} ${base.file}: ${attempts.length} attempts`);
      expect(problems).toEqual([]);
    },
    300_000,
  );
});
