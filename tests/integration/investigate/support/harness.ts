import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { createComplianceClient, type ComplianceClient, type ComplianceClientOptions } from "@/lib/compliance";
import type { SimulatorOptions } from "@/lib/simulator";
import { declarePurpose } from "@/lib/server/auth/declare-purpose";
import { auditEntries } from "@/lib/server/db/schema";
import type { RouteDef } from "@/lib/server/http/route-def";
import { testOp } from "@/tests/support/operation";
import { KEYS, simStats, startTestSimulator, type Sim } from "@/tests/support/simulator";
import { makeUser } from "../../server/support/fixtures";
import { params as nextParams, request, routeHarness } from "../../server/support/route-harness";
import { testDatabaseTargets, type TestDatabase } from "../../server/support/test-databases";

export { FIXED_NOW } from "@/tests/support/simulator";

/** A client on the simulator with fast backoff, like the app's but injected. */
export function simClient(sim: Sim, overrides: Partial<ComplianceClientOptions> = {}): ComplianceClient {
  return createComplianceClient({
    baseUrl: sim.url,
    accessKey: KEYS.full,
    adminKey: KEYS.admin,
    maxRetries: 2,
    backoff: { baseMs: 5, capMs: 20 },
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))),
    ...overrides,
  });
}

export type Investigation = Awaited<ReturnType<typeof startInvestigation>>;

/**
 * One simulator, one PGlite database and signed-in users per test file: an analyst with a declared purpose, an
 * analyst without one, and an auditor. Routes are mounted exactly as `app/api` mounts them, with the session and
 * the upstream client injected.
 */
export async function startInvestigation(simOptions: SimulatorOptions = {}) {
  const sim = await startTestSimulator(simOptions);
  const db: TestDatabase = await testDatabaseTargets()[0].open();
  const client = simClient(sim);
  const harness = routeHarness(db.db, { client });
  const analyst = await makeUser(db.db, "ana@example.com", ["analyst"]);
  const auditor = await makeUser(db.db, "audrey@example.com", ["auditor"]);
  const legal = await makeUser(db.db, "lee@example.com", ["legal"]);
  const admin = await makeUser(db.db, "adam@example.com", ["admin"]);
  const declare = (user: typeof analyst, sessionId: string) =>
    declarePurpose({
      ...testOp({
        db: db.db,
        actor: user,
        auditContext: { actor: { id: user.id, email: user.email, roles: user.roles } },
      }),
      input: { sessionId, reference: "CASE-2026-042", reason: "Litigation hold review of chat history" },
    });
  const purpose = await declare(analyst, "ses_purpose");
  // Admin and auditor state a purpose too, so a 403 for them can only come from the role check.
  await Promise.all([declare(legal, "ses_legal"), declare(admin, "ses_admin"), declare(auditor, "ses_auditor")]);

  const as = {
    analyst: () => harness.signIn(analyst.id, "ses_purpose"),
    analystWithoutPurpose: () => harness.signIn(analyst.id, "ses_no_purpose"),
    auditor: () => harness.signIn(auditor.id, "ses_auditor"),
    legal: () => harness.signIn(legal.id, "ses_legal"),
    admin: () => harness.signIn(admin.id, "ses_admin"),
  };
  as.analyst();

  /**
   * Calls a route definition the way Next calls `app/api/.../route.ts`'s GET (`withRoute(def)`), reaching upstream
   * through the simulator's client or `upstream` (another key, a faulty or unreachable upstream).
   */
  async function call<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
    def: RouteDef<P, Q, B>,
    path: string,
    routeParams?: Record<string, string>,
    upstream: ComplianceClient = client,
  ): Promise<Response> {
    const GET = upstream === client ? harness.withRoute(def) : harness.withClient(upstream)(def);
    return GET(request(path), routeParams ? nextParams(routeParams) : undefined);
  }

  async function auditOf(actorId = analyst.id) {
    return db.db.select().from(auditEntries).where(eq(auditEntries.actorId, actorId)).orderBy(asc(auditEntries.seq));
  }

  return {
    sim,
    store: sim.store,
    client,
    db,
    analyst,
    auditor,
    purpose,
    as,
    call,
    auditOf,
    stats: () => simStats(sim),
    close: async () => {
      await sim.close();
      await db.cleanup();
    },
  };
}

/** JSON body of a response that must be 200, parsed with the DTO schema (so the test checks the contract too). */
export async function okJson<S extends z.ZodType>(res: Response, schema: S): Promise<z.output<S>> {
  const text = await res.text();
  if (res.status !== 200) throw new Error(`expected 200, got ${res.status}: ${text.slice(0, 500)}`);
  return schema.parse(JSON.parse(text));
}

export async function errorOf(
  res: Response,
): Promise<{ status: number; code: string; message: string; fields?: Record<string, string[]> }> {
  const body = await res.json();
  return { status: res.status, ...body.error };
}

/** ISO window `days` long ending at `end`. */
export function windowOf(end: Date, days: number): { from: string; to: string } {
  return { from: new Date(end.getTime() - days * 86_400_000).toISOString(), to: end.toISOString() };
}

/** One field of an audit row's jsonb `details`. */
export function detail(entry: { details: unknown }, key: string): unknown {
  return z.record(z.string(), z.unknown()).parse(entry.details)[key];
}
