import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import { auditEntries, users } from "@/lib/server/db/schema";
import { signInWithPassword } from "@/lib/server/auth/credentials-sign-in";
import { seedDemoAccounts } from "@/lib/server/auth/seed-demo-accounts";
import { DEMO_PASSWORD, demoSignInHints } from "@/lib/server/auth/demo-accounts";
import { disableUser } from "@/lib/server/users/disable-user";
import { testOp } from "@/tests/support/operation";
import { makeUser, TEST_ACTOR_CTX } from "./support/fixtures";
import { testDatabaseTargets, type TestDatabase } from "./support/test-databases";

const meta = { ip: "198.51.100.7", userAgent: "Firefox/140" };

describe.each(testDatabaseTargets())("password sign-in and demo accounts on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await target.open();
  });
  afterAll(async () => t?.cleanup());

  const lastEntry = async () => (await t.db.select().from(auditEntries).orderBy(asc(auditEntries.seq))).at(-1);
  const signIn = async (credentials: unknown) => {
    const result = await signInWithPassword({ db: t.db, credentials, meta });
    return result.ok ? result.user : null;
  };

  it("never creates demo accounts unless demo mode is on", async () => {
    expect(await seedDemoAccounts(t.db, { demo: false })).toEqual([]);
    expect(await t.db.select().from(users)).toEqual([]);
    expect(demoSignInHints(false)).toEqual([]);
  });

  it("seeds the four demo accounts once in demo mode, and they can sign in", async () => {
    const created = await seedDemoAccounts(t.db, { demo: true });
    expect(created).toEqual([
      "analyst@westeros.inc",
      "legal@westeros.inc",
      "admin@westeros.inc",
      "auditor@westeros.inc",
    ]);
    expect(await seedDemoAccounts(t.db, { demo: true })).toEqual([]);
    const rows = await t.db.select({ email: users.email, roles: users.roles }).from(users).orderBy(asc(users.email));
    expect(rows).toEqual([
      { email: "admin@westeros.inc", roles: ["admin"] },
      { email: "analyst@westeros.inc", roles: ["analyst"] },
      { email: "auditor@westeros.inc", roles: ["auditor"] },
      { email: "legal@westeros.inc", roles: ["legal"] },
    ]);
    expect(demoSignInHints(true).map((h) => h.password)).toEqual(Array(4).fill(DEMO_PASSWORD));
    expect(await signIn({ email: "Auditor@Westeros.inc", password: DEMO_PASSWORD })).toMatchObject({
      email: "auditor@westeros.inc",
      roles: ["auditor"],
    });
  });

  it("signs in with the right password and writes auth.sign_in with IP and user agent", async () => {
    const user = await makeUser(t.db, "gina@example.com", ["analyst", "legal"]);
    expect(await signIn({ email: "gina@example.com", password: "correct horse battery" })).toEqual(user);
    expect(await lastEntry()).toMatchObject({
      action: "auth.sign_in",
      outcome: "success",
      actorId: user.id,
      actorEmail: "gina@example.com",
      actorRoles: ["analyst", "legal"],
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
  });

  it("refuses a wrong password, an unknown email and a disabled account alike, auditing each without the password", async () => {
    expect(await signIn({ email: "gina@example.com", password: "wrong password!" })).toBeNull();
    expect(await lastEntry()).toMatchObject({
      action: "auth.sign_in_failed",
      outcome: "failure",
      actorEmail: "gina@example.com",
      details: { reason: "bad_password" },
    });
    expect(await signIn({ email: "nobody@example.com", password: "whatever it is" })).toBeNull();
    expect(await lastEntry()).toMatchObject({
      actorId: "anonymous",
      actorEmail: "nobody@example.com",
      details: { reason: "unknown_user" },
    });

    const user = await makeUser(t.db, "hank@example.com", ["analyst"]);
    await disableUser({ ...testOp({ db: t.db, auditContext: TEST_ACTOR_CTX }), input: { userId: user.id } });
    expect(await signIn({ email: "hank@example.com", password: "correct horse battery" })).toBeNull();
    expect(await lastEntry()).toMatchObject({ actorId: user.id, details: { reason: "disabled" } });

    expect(await signIn({ email: "not-an-email", password: "x" })).toBeNull();
    expect(await lastEntry()).toMatchObject({ actorId: "anonymous", details: { reason: "malformed" } });

    const all = JSON.stringify(await t.db.select().from(auditEntries));
    expect(all).not.toMatch(/wrong password!|whatever it is|correct horse/);
  });
});
