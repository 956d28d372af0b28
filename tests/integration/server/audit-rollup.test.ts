import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { auditEntries, auditRollups } from "@/lib/server/db/schema";
import { signInWithPassword, SIGN_IN_FAILURE_ROLLUP } from "@/lib/server/auth/credentials-sign-in";
import { RATE_LIMITED_ROLLUP } from "@/lib/server/audit/audit-rate-limited";
import { flushDueRollups } from "@/lib/server/audit/rollup";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";
import { makeUser } from "./support/fixtures";
import { request, routeHarness } from "./support/route-harness";
import { testDatabaseTargets, type TestDatabase } from "./support/test-databases";

describe.each(testDatabaseTargets())("rolled-up audit entries on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await target.open();
  });
  afterAll(async () => t?.cleanup());

  const entries = (action: string) =>
    t.db.select().from(auditEntries).where(eq(auditEntries.action, action)).orderBy(asc(auditEntries.seq));

  it("issue 10 §3: 40 failed sign-ins with random emails and 4 KB user agents write a bounded number of rows", async () => {
    const start = Date.parse("2026-04-01T12:00:00Z");
    const now = () => new Date(start + 1000);
    for (let i = 0; i < 40; i++) {
      const result = await signInWithPassword({
        db: t.db,
        credentials: { email: `${randomBytes(6).toString("hex")}@example.com`, password: "guess" },
        meta: { ip: null, forwardedForUntrusted: "1.2.3.4", userAgent: "X".repeat(4096) },
        now,
      });
      expect(result.ok).toBe(false);
    }
    const individual = await entries("auth.sign_in_failed");
    expect(individual).toHaveLength(SIGN_IN_FAILURE_ROLLUP.free);
    expect(individual.every((e) => (e.userAgent ?? "").length <= 256)).toBe(true);

    // Nothing lost: once the window is over, one aggregate entry carries the rest with their count.
    await flushDueRollups(t.db, { now: new Date(start + SIGN_IN_FAILURE_ROLLUP.windowMs) });
    const all = await entries("auth.sign_in_failed");
    expect(all).toHaveLength(SIGN_IN_FAILURE_ROLLUP.free + 1);
    const aggregate = all.at(-1)!;
    expect(aggregate).toMatchObject({
      actorId: "anonymous",
      ip: null,
      outcome: "failure",
      details: {
        aggregated: true,
        count: 40 - SIGN_IN_FAILURE_ROLLUP.free,
        reasons: { unknown_user: 40 - SIGN_IN_FAILURE_ROLLUP.free },
        distinct_emails: 40 - SIGN_IN_FAILURE_ROLLUP.free,
        window_start: "2026-04-01T12:00:00.000Z",
        window_end: "2026-04-01T12:05:00.000Z",
      },
    });
    expect((aggregate.details as { emails_sample: string[] }).emails_sample).toHaveLength(10);
    expect(await t.db.select().from(auditRollups)).toEqual([]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it("issue 10 §3: the next rolled-up write after the window flushes it lazily", async () => {
    const start = Date.parse("2026-04-02T12:00:00Z");
    const attempt = (at: number) =>
      signInWithPassword({
        db: t.db,
        credentials: { email: "lazy@example.com", password: "guess" },
        meta: { ip: "203.0.113.5", userAgent: "ua" },
        now: () => new Date(at),
      });
    for (let i = 0; i < SIGN_IN_FAILURE_ROLLUP.free + 3; i++) await attempt(start + i);
    const before = (await entries("auth.sign_in_failed")).length;
    await attempt(start + SIGN_IN_FAILURE_ROLLUP.windowMs + 1);
    const after = await entries("auth.sign_in_failed");
    // The aggregate of the finished window, then the new window's first individual entry.
    expect(after).toHaveLength(before + 2);
    expect(after.at(-2)).toMatchObject({ ip: "203.0.113.5", details: { aggregated: true, count: 3 } });
  });

  it("issue 10 §8: per-user 429 refusals are audited once per window with their count", async () => {
    const user = await makeUser(t.db, "runaway@example.com", ["analyst"]);
    const harness = routeHarness(t.db, { routeRateLimit: 2 });
    harness.signIn(user.id);
    const GET = harness.withRoute({ capability: "authenticated" }, () => Response.json({ ok: true }));
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await GET(request("/api/ping"))).status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(8);
    expect(await entries("route.rate_limited")).toHaveLength(0);

    await flushDueRollups(t.db, { now: new Date(Date.now() + RATE_LIMITED_ROLLUP.windowMs) });
    const refused = await entries("route.rate_limited");
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      actorId: user.id,
      outcome: "denied",
      details: { aggregated: true, count: 8, routes: { "GET /api/ping": 8 } },
    });
  });
});
