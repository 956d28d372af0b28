import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { auditEntries } from "@/lib/server/db/schema";
import { signInWithPassword } from "@/lib/server/auth/credentials-sign-in";
import { completeOidcSignIn } from "@/lib/server/auth/oidc-sign-in";
import { THROTTLE_POLICIES } from "@/lib/server/auth/sign-in-throttle";
import type { RequestMeta } from "@/lib/server/auth/request-meta";
import { createUser } from "@/lib/server/users/create-user";
import { listSignInLocks } from "@/lib/server/users/list-sign-in-locks";
import { testOp } from "@/tests/support/operation";
import { makeUser, TEST_ACTOR_CTX } from "./support/fixtures";
import { params, request, routeHarness } from "./support/route-harness";
import { testDatabaseTargets, type TestDatabase } from "./support/test-databases";
import { clearSignInLockRoute, getSignInLockRoute } from "@/lib/server/users/sign-in-lock-routes";

const PASSWORD = "correct horse battery";
const ATTACKER: RequestMeta = { ip: "203.0.113.66", userAgent: "guesser" };
const OWNER: RequestMeta = { ip: "198.51.100.20", userAgent: "owner" };
const UNTRUSTED: RequestMeta = { ip: null, userAgent: "anyone" };

// Issue 10 §4: growing delays instead of a hard lock, never handing outsiders a denial of service.
describe.each(testDatabaseTargets())("password sign-in throttle on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await target.open();
  });
  afterAll(async () => t?.cleanup());

  // Near the real time: the admin route reads the counters with the real clock.
  let clock = Date.now();
  const now = () => new Date(clock);
  const attempt = (email: string, password: string, meta: RequestMeta) =>
    signInWithPassword({ db: t.db, credentials: { email, password }, meta, now });
  const guess = async (email: string, times: number, meta: RequestMeta) => {
    for (let i = 0; i < times;) {
      const result = await attempt(email, `wrong guess ${i}`, meta);
      expect(result.ok).toBe(false);
      // Wait out any delay, as a patient attacker would, and guess again: only checked guesses count.
      if (!result.ok && result.retryAfterSeconds) clock += result.retryAfterSeconds * 1000;
      else i++;
      clock += 1;
    }
  };

  it("issue 10 §4: 15 wrong passwords from an attacker's address do not stop the owner at another trusted address", async () => {
    await makeUser(t.db, "owner@example.com", ["analyst"], PASSWORD);
    await guess("owner@example.com", 15, ATTACKER);
    // The attacker's own address now waits, even with the right password …
    const attackerTry = await attempt("owner@example.com", PASSWORD, ATTACKER);
    expect(attackerTry).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
    // … the owner elsewhere signs in at once.
    expect(await attempt("owner@example.com", PASSWORD, OWNER)).toMatchObject({ ok: true });
  });

  it("issue 10 §4: with no trusted address the owner waits at most the capped delay, then signs in and resets", async () => {
    await makeUser(t.db, "shared@example.com", ["analyst"], PASSWORD);
    await guess("shared@example.com", 15, UNTRUSTED);
    const refused = await attempt("shared@example.com", PASSWORD, UNTRUSTED);
    expect(refused.ok).toBe(false);
    const wait = refused.ok ? 0 : (refused.retryAfterSeconds ?? 0);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(THROTTLE_POLICIES.email.maxMs / 1000);
    clock += wait * 1000;
    expect(await attempt("shared@example.com", PASSWORD, UNTRUSTED)).toMatchObject({ ok: true });
    // Reset: the next mistake is checked at once, not delayed.
    expect(await attempt("shared@example.com", "one typo", UNTRUSTED)).toEqual({ ok: false, retryAfterSeconds: null });
  });

  it("issue 10 §4: an unknown email is delayed exactly like an existing one (nothing to learn)", async () => {
    await makeUser(t.db, "exists@example.com", ["analyst"], PASSWORD);
    const start = clock;
    await guess("exists@example.com", 13, UNTRUSTED);
    const known = await attempt("exists@example.com", "x", UNTRUSTED);
    clock = start;
    await guess("nobody-here@example.com", 13, UNTRUSTED);
    const unknown = await attempt("nobody-here@example.com", "x", UNTRUSTED);
    expect(known).toEqual(unknown);
    expect(known).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
  });

  it("issue 10 §4: one trusted address spraying many emails is delayed across them", async () => {
    const sprayer: RequestMeta = { ip: "203.0.113.99", userAgent: "sprayer" };
    for (let i = 0; i <= THROTTLE_POLICIES.address.free; i++) {
      expect((await attempt(`spray-${i}@example.com`, "Winter2026!", sprayer)).ok).toBe(false);
    }
    expect(await attempt("spray-fresh@example.com", "Winter2026!", sprayer)).toEqual({
      ok: false,
      retryAfterSeconds: expect.any(Number),
    });
  });

  it("issue 10 §4: single sign-on is never throttled, even for an email whose password sign-in waits", async () => {
    await guess("sso-user@example.com", 15, UNTRUSTED);
    expect((await attempt("sso-user@example.com", "x", UNTRUSTED)).ok).toBe(false);
    const result = await completeOidcSignIn({
      db: t.db,
      profile: { id: "sub-1", email: "sso-user@example.com", emailVerified: true, name: "SSO", roles: ["analyst"] },
      issuer: "https://idp.test",
      meta: UNTRUSTED,
    });
    expect(result).toMatchObject({ ok: true });
  });

  it("issue 10 §4: an admin sees the delay on the account and clears it (audited)", async () => {
    const { user } = await createUser({
      ...testOp({ db: t.db, auditContext: TEST_ACTOR_CTX }),
      input: { email: "locked@example.com", name: "Locked", roles: ["analyst"], password: PASSWORD },
    });
    const admin = await makeUser(t.db, "admin-locks@example.com", ["admin"], PASSWORD);
    await guess("locked@example.com", 15, UNTRUSTED);
    const locks = await listSignInLocks({ ...testOp({ db: t.db }), input: undefined }, now());
    expect(locks).toContainEqual(
      expect.objectContaining({ userId: user.id, email: "locked@example.com", failures: 15 }),
    );

    const harness = routeHarness(t.db);
    harness.signIn(admin.id);
    const read = await harness.withRoute(getSignInLockRoute)(
      request(`/api/users/${user.id}/sign-in-lock`),
      params({ userId: user.id }),
    );
    expect(read.status).toBe(200);
    expect((await read.json()).lock).toMatchObject({ email: "locked@example.com" });
    const cleared = await harness.withRoute(clearSignInLockRoute)(
      request(`/api/users/${user.id}/sign-in-lock`, { method: "DELETE", headers: { origin: "http://console.test" } }),
      params({ userId: user.id }),
    );
    expect(cleared.status).toBe(200);
    expect(await attempt("locked@example.com", PASSWORD, UNTRUSTED)).toMatchObject({ ok: true });
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, "user.sign_in_unlock"), eq(auditEntries.actorId, admin.id)))
      .orderBy(asc(auditEntries.seq));
    expect(entry).toMatchObject({ targets: [{ type: "user", id: user.id }], outcome: "success" });
  });
});
