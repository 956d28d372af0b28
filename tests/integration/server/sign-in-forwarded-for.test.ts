import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { auditEntries } from "@/lib/server/db/schema";
import { parseServerConfig } from "@/lib/env";
import { buildAuthOptions } from "@/lib/server/auth/build-auth-options";
import { recordAudit } from "@/lib/server/audit/append-audit";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";
import { makeUser } from "./support/fixtures";
import { postPasswordSignIn } from "./support/password-flow";
import { request, routeHarness } from "./support/route-harness";
import { testDatabaseTargets, type TestDatabase } from "./support/test-databases";

const APP_URL = "http://127.0.0.1:39872";
const PASSWORD = "correct horse battery";

// Issue 10 §2: the audit entry's `ip` is what CUSTODY_TRUSTED_PROXIES establishes, never a client-chosen header.
describe.each(testDatabaseTargets())("audited client address and X-Forwarded-For on $name", (target) => {
  let t: TestDatabase;
  const previousUrl = process.env.NEXTAUTH_URL;
  beforeAll(async () => {
    process.env.NEXTAUTH_URL = APP_URL;
    t = await target.open();
  });
  afterAll(async () => {
    process.env.NEXTAUTH_URL = previousUrl;
    await t?.cleanup();
  });

  const optionsFor = (env: Record<string, string>) =>
    buildAuthOptions({
      config: parseServerConfig({ NEXTAUTH_SECRET: "forwarded-for-test-secret-0123456789", ...env }),
      getDb: async () => t.db,
      meta: async () => ({ ip: null, userAgent: null }),
    });
  const lastEntry = async () => (await t.db.select().from(auditEntries).orderBy(asc(auditEntries.seq))).at(-1);

  it("issue 10 §2: with the default `none`, a forged X-Forwarded-For is not the entry's ip, only an untrusted note", async () => {
    await makeUser(t.db, "forged@example.com", ["analyst"], PASSWORD);
    const ok = await postPasswordSignIn({
      appUrl: APP_URL,
      options: optionsFor({}),
      email: "forged@example.com",
      password: PASSWORD,
      forwardedFor: "203.0.113.66",
    });
    expect(ok).toBe(true);
    expect(await lastEntry()).toMatchObject({
      action: "auth.sign_in",
      ip: null,
      forwardedForUntrusted: "203.0.113.66",
    });
  });

  it("issue 10 §2: behind 2 trusted proxies, stores what the outer one saw and keeps the chain as untrusted", async () => {
    await makeUser(t.db, "proxied@example.com", ["analyst"], PASSWORD);
    const chain = "6.6.6.6, 203.0.113.7, 10.0.0.2";
    const ok = await postPasswordSignIn({
      appUrl: APP_URL,
      options: optionsFor({ CUSTODY_TRUSTED_PROXIES: "2" }),
      email: "proxied@example.com",
      password: PASSWORD,
      forwardedFor: chain,
    });
    expect(ok).toBe(true);
    expect(await lastEntry()).toMatchObject({
      action: "auth.sign_in",
      ip: "203.0.113.7",
      forwardedForUntrusted: chain,
    });
  });

  it("issue 10 §2: routes behind withRoute store the trusted address too (none → null, 1 hop → the proxy's view)", async () => {
    const user = await makeUser(t.db, "router@example.com", ["analyst"], PASSWORD);
    const handler = async ({
      audit,
    }: {
      audit: { record: (e: { action: "purpose.declare" }) => Promise<unknown> };
    }) => {
      await audit.record({ action: "purpose.declare" });
      return Response.json({ ok: true });
    };
    for (const [trustedProxies, expected] of [
      [0, null],
      [1, "198.51.100.4"],
    ] as const) {
      const harness = routeHarness(t.db, { trustedProxies });
      harness.signIn(user.id);
      const GET = harness.withRoute({ capability: "authenticated" }, handler);
      const res = await GET(request("/api/x", { headers: { "x-forwarded-for": "203.0.113.66, 198.51.100.4" } }));
      expect(res.status).toBe(200);
      expect(await lastEntry()).toMatchObject({
        actorId: user.id,
        ip: expected,
        forwardedForUntrusted: "203.0.113.66, 198.51.100.4",
      });
    }
  });

  it("issue 10 §2: entries without the new field still verify, and tampering with the field breaks the chain", async () => {
    const ctx = { actor: { id: "cli:test", email: null, roles: [] }, ip: null, userAgent: "vitest" };
    await recordAudit({ ...ctx, action: "purpose.declare" }, { db: t.db });
    const withChain = await recordAudit(
      { ...ctx, forwardedForUntrusted: "1.2.3.4", action: "purpose.declare" },
      { db: t.db },
    );
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });

    await t.exec("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update_delete");
    try {
      await t.exec(`UPDATE audit_entries SET forwarded_for_untrusted = '9.9.9.9' WHERE seq = ${withChain.seq}`);
      expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, broken: { seq: withChain.seq } });
      await t.exec(`UPDATE audit_entries SET forwarded_for_untrusted = '1.2.3.4' WHERE seq = ${withChain.seq}`);
    } finally {
      await t.exec("ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_no_update_delete");
    }
    const [row] = await t.db.select().from(auditEntries).where(eq(auditEntries.seq, withChain.seq));
    expect(row.forwardedForUntrusted).toBe("1.2.3.4");
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
