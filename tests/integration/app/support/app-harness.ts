import { readdirSync } from "node:fs";
import path from "node:path";
import { KEYS, startTestSimulator, type Sim } from "@/tests/support/simulator";
import type { Db } from "@/lib/server/db/types";
import type { MatrixRole } from "@/tests/support/route-matrix/types";
import { MATRIX_ROLES } from "@/tests/support/route-matrix/types";
import { signInAs, signOut } from "./session";

/** Origin the app believes it has (NEXTAUTH_URL); mutating requests must come from it. */
export const APP_ORIGIN = "http://console.test";

/**
 * Env for the real route modules, set before any of them is imported (call from vi.hoisted): an
 * in-memory database, a known origin, limits high enough never to interfere.
 */
export function appTestEnv(name: string): void {
  process.env.CUSTODY_DATA_DIR = `memory://${name}`;
  process.env.NEXTAUTH_URL = APP_ORIGIN;
  process.env.NEXTAUTH_SECRET = "integration-secret-not-for-production-0123456789";
  process.env.CUSTODY_ROUTE_RATE_LIMIT = "100000";
  process.env.CUSTODY_DEMO = "";
  delete process.env.DATABASE_URL;
  delete process.env.REDIS_URL;
}

export type AppHarness = Awaited<ReturnType<typeof startAppHarness>>;

/**
 * A simulator for upstream calls, the process database with one user per role (each with a purpose
 * declared in session `ses_<role>`; `ses_<role>_bare` has none), and a spare user to edit.
 */
export async function startAppHarness(simulator?: Sim) {
  const sim: Sim = simulator ?? (await startTestSimulator());
  process.env.COMPLIANCE_API_BASE_URL = sim.url;
  process.env.COMPLIANCE_ACCESS_KEY = KEYS.full;
  process.env.COMPLIANCE_ADMIN_KEY = KEYS.admin;
  const { getDb, closeDb } = await import("@/lib/server/db");
  const { createUser } = await import("@/lib/server/users/create-user");
  const { declarePurpose } = await import("@/lib/server/auth/declare-purpose");
  const db: Db = await getDb();
  const { testOp } = await import("@/tests/support/operation");
  const cli = testOp({ db, auditContext: { actor: { id: "cli:test", email: null, roles: [] } } });

  const make = async (email: string, roles: MatrixRole[]) =>
    (
      await createUser({
        ...cli,
        input: { email, name: email.split("@")[0], roles, password: "correct horse battery" },
      })
    ).user.id;
  const users: Record<MatrixRole, string> = {
    analyst: await make("analyst@matrix.test", ["analyst"]),
    legal: await make("legal@matrix.test", ["legal"]),
    admin: await make("admin@matrix.test", ["admin"]),
    auditor: await make("auditor@matrix.test", ["auditor"]),
  };
  for (const role of MATRIX_ROLES) {
    const actor = { id: users[role], email: `${role}@matrix.test`, name: role, roles: [role] };
    await declarePurpose({
      ...testOp({ db, actor, auditContext: { actor: { id: actor.id, email: actor.email, roles: actor.roles } } }),
      input: { sessionId: `ses_${role}`, reference: "MATRIX-0", reason: "Route matrix setup purpose" },
    });
  }
  const spareUserId = await make("spare@matrix.test", ["analyst"]);
  // The sessions next-auth would have recorded at sign-in (the session check refuses a token without one).
  const { ensureSessionRow } = await import("@/tests/support/auth-session");
  for (const role of MATRIX_ROLES)
    for (const sessionId of [`ses_${role}`, `ses_${role}_bare`])
      await ensureSessionRow(db, { userId: users[role], sessionId });

  let counter = 0;
  return {
    sim,
    db,
    users,
    spareUserId,
    unique: () => `${Date.now().toString(36)}${(counter++).toString(36)}`,
    as: (role: MatrixRole, { withPurpose = true } = {}) =>
      signInAs(users[role], withPurpose ? `ses_${role}` : `ses_${role}_bare`),
    signOut,
    close: async () => {
      await sim.close();
      await closeDb();
    },
  };
}

/** Routes anyone may call (withPublicRoute): no role to check, so no matrix case. */
const PUBLIC_ROUTE_FILES = new Set(["app/api/health/route.ts", "app/api/signing-key/route.ts"]);

/** Every route file under app/api, repository-relative, except next-auth's and the public ones. */
export function listRouteFiles(root = process.cwd()): string[] {
  return readdirSync(path.join(root, "app/api"), { recursive: true, encoding: "utf8" })
    .map((rel) => `app/api/${rel.split(path.sep).join("/")}`)
    .filter((file) => file.endsWith("/route.ts") && !file.startsWith("app/api/auth/") && !PUBLIC_ROUTE_FILES.has(file))
    .sort();
}

/** `app/api/users/[userId]/route.ts` + `/api/users/usr_1` → `{ userId: "usr_1" }`, or null if the path is not this file's. */
export function paramsFor(file: string, pathWithQuery: string): Record<string, string | string[]> | null {
  const segments = file
    .replace(/^app/, "")
    .replace(/\/route\.ts$/, "")
    .split("/")
    .filter(Boolean);
  const actual = new URL(pathWithQuery, APP_ORIGIN).pathname.split("/").filter(Boolean);
  const params: Record<string, string | string[]> = {};
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const catchAll = /^\[\.\.\.(\w+)\]$/.exec(seg);
    if (catchAll) {
      params[catchAll[1]] = actual.slice(i).map(decodeURIComponent);
      return actual.length > i ? params : null;
    }
    const dynamic = /^\[(\w+)\]$/.exec(seg);
    if (actual[i] === undefined) return null;
    if (dynamic) params[dynamic[1]] = decodeURIComponent(actual[i]);
    else if (seg !== actual[i]) return null;
  }
  return actual.length === segments.length ? params : null;
}

type Handler = (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

/** Calls one exported handler of a route file as Next would: a real Request plus the route params. */
export async function callRoute(
  handler: Handler,
  file: string,
  method: string,
  pathWithQuery: string,
  { body, origin = APP_ORIGIN }: { body?: unknown; origin?: string | null } = {},
): Promise<Response> {
  const params = paramsFor(file, pathWithQuery);
  if (!params) throw new Error(`${pathWithQuery} is not a path of ${file}`);
  const headers = new Headers({ "user-agent": "route-matrix-test" });
  if (origin) headers.set("origin", origin);
  if (body !== undefined) headers.set("content-type", "application/json");
  const req = new Request(new URL(pathWithQuery, APP_ORIGIN), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return handler(req, { params: Promise.resolve(params) });
}

export async function importRoute(file: string): Promise<Record<string, unknown>> {
  return import(/* @vite-ignore */ path.resolve(process.cwd(), file));
}
