import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CONSOLE_ROUTE_CASES } from "@/tests/support/route-matrix/console";
import { investigateRoutes } from "@/tests/support/route-matrix/investigate";
import { MATRIX_ROLES, type MatrixContext, type RouteCase } from "@/tests/support/route-matrix/types";
import { startTestSimulator } from "@/tests/support/simulator";
import { investigateIdsFrom } from "./support/investigate-ids";
import {
  appTestEnv,
  callRoute,
  importRoute,
  listRouteFiles,
  paramsFor,
  startAppHarness,
  type AppHarness,
} from "./support/app-harness";

vi.hoisted(() => {
  // Before any app module loads: getServerConfig() and the database read these once.
  process.env.CUSTODY_DATA_DIR = "memory://route-matrix";
});
vi.mock("next-auth", async (importOriginal) => {
  const { currentSession } = await import("./support/session");
  return { ...(await importOriginal<typeof import("next-auth")>()), getServerSession: async () => currentSession() };
});

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

// The simulator starts at collection time: the investigation cases need its seeded ids to be named.
const sim = await startTestSimulator();

/**
 * The combined matrix: console routes (issue #4) and investigation routes (issue #5) with real ids. A
 * new route-matrix file must be added here, or the coverage test below fails naming its routes.
 */
const CASES: RouteCase[] = [...CONSOLE_ROUTE_CASES, ...investigateRoutes(investigateIdsFrom(sim.store))];

const ROUTE_FILES = listRouteFiles();
const resolve = <T>(value: T | ((ctx: MatrixContext) => T), ctx: MatrixContext): T =>
  typeof value === "function" ? (value as (ctx: MatrixContext) => T)(ctx) : value;

let app: AppHarness;
let ctx: MatrixContext;

beforeAll(async () => {
  appTestEnv("route-matrix");
  app = await startAppHarness(sim);
  ctx = {
    landmarks: app.sim.store.landmarks(),
    store: app.sim.store,
    simUrl: app.sim.url,
    ids: { users: app.users, spareUserId: app.spareUserId },
    unique: app.unique,
  };
});
afterAll(async () => app?.close());

describe("route × role matrix", () => {
  it("has an entry for every exported method of every route file, and none for anything else", async () => {
    const problems: string[] = [];
    const exported = new Set<string>();
    for (const file of ROUTE_FILES) {
      const mod = await importRoute(file);
      for (const method of METHODS) {
        if (typeof mod[method] !== "function") continue;
        exported.add(`${method} ${file}`);
        if (!CASES.some((c) => c.file === file && c.method === method)) {
          problems.push(`missing: ${method} ${file} has no RouteCase in tests/support/route-matrix/`);
        }
      }
    }
    for (const c of CASES)
      if (!exported.has(`${c.method} ${c.file}`))
        problems.push(`stale: ${c.method} ${c.file} is in the matrix but not exported`);
    expect(problems).toEqual([]);
  });

  it.each(CASES.map((c) => [`${c.method} ${typeof c.path === "string" ? c.path.split("?")[0] : c.file}`, c] as const))(
    "%s: 401 signed out, 403 without the right, 2xx with it",
    async (_name, routeCase) => {
      const mod = await importRoute(routeCase.file);
      const exported = mod[routeCase.method];
      if (typeof exported !== "function") throw new Error(`${routeCase.file} does not export ${routeCase.method}`);
      const handler = (req: Request, init: { params: Promise<Record<string, string | string[]>> }): Promise<Response> =>
        exported(req, init);
      const call = async () => {
        const pathWithQuery = resolve(routeCase.path, ctx);
        expect(
          paramsFor(routeCase.file, pathWithQuery),
          `${pathWithQuery} must be a path of ${routeCase.file}`,
        ).not.toBeNull();
        const body = routeCase.body === undefined ? undefined : resolve(routeCase.body, ctx);
        const res = await callRoute(handler, routeCase.file, routeCase.method, pathWithQuery, { body });
        const text = await res.text(); // drains streamed bodies too
        return { status: res.status, text: text.slice(0, 300) };
      };

      const seen: string[] = [];
      const expected: string[] = [];
      app.signOut();
      const anonymous = await call();
      seen.push(`signed out → ${anonymous.status}`);
      expected.push("signed out → 401");
      for (const role of MATRIX_ROLES) {
        const isAllowed = routeCase.allowed.includes(role);
        if (isAllowed && routeCase.needsPurpose) {
          app.as(role, { withPurpose: false });
          const bare = await call();
          seen.push(`${role} without purpose → ${bare.status}`);
          expected.push(`${role} without purpose → 428`);
        }
        app.as(role);
        const res = await call();
        const is2xx = res.status >= 200 && res.status < 300;
        seen.push(`${role} → ${isAllowed ? (is2xx ? "2xx" : `${res.status} ${res.text}`) : res.status}`);
        expected.push(`${role} → ${isAllowed ? "2xx" : 403}`);
      }
      expect(seen).toEqual(expected);
    },
  );
});
