import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { parseServerConfig } from "@/lib/env";
import { buildAuthOptions } from "@/lib/server/auth/build-auth-options";
import { sessionIdentityFrom } from "@/lib/server/auth/resolve-actor";
import { sessionPolicy } from "@/lib/server/auth-sessions/session-policy";
import { auditEntries, authSessions } from "@/lib/server/db/schema";
import { createRouteWrapper } from "@/lib/server/http/route-core";
import { limitRules } from "@/lib/server/rate-limit";
import { MemoryRateLimiter } from "@/lib/server/rate-limit/memory-limiter";
import { disableUser } from "@/lib/server/users/disable-user";
import { endUserSessions } from "@/lib/server/users/end-user-sessions";
import { listUsers } from "@/lib/server/users/list-users";
import { missing, testOp } from "@/tests/support/operation";
import { makeUser, TEST_ACTOR_CTX } from "./support/fixtures";
import { sessionFlow } from "./support/session-flow";
import { testDatabaseTargets, type TestDatabase } from "./support/test-databases";

const APP_URL = "http://127.0.0.1:39873";
const PASSWORD = "correct horse battery";
const MINUTE = 60_000;

describe.each(testDatabaseTargets())("server-side sessions (issue 10 §1) on $name", (target) => {
  let t: TestDatabase;
  const previousUrl = process.env.NEXTAUTH_URL;
  // The clock every session check and every minted session reads; tests move it forward.
  let now = new Date();
  const clock = () => now;
  const advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
  const policy = () => sessionPolicy(30, clock);

  beforeAll(async () => {
    process.env.NEXTAUTH_URL = APP_URL;
    t = await target.open();
  });
  afterAll(async () => {
    process.env.NEXTAUTH_URL = previousUrl;
    await t?.cleanup();
  });

  const options = () =>
    buildAuthOptions({
      config: parseServerConfig({ NEXTAUTH_SECRET: "auth-sessions-test-secret-0123456789", NEXTAUTH_URL: APP_URL }),
      getDb: async () => t.db,
      meta: async () => ({ ip: null, userAgent: null }),
      sessionPolicy: policy,
    });

  /** A browser signed in with the real next-auth handler, and a route that reads its cookie as withRoute does. */
  const signedIn = async (email: string) => {
    const flow = sessionFlow(APP_URL, options());
    await flow.signIn(email, PASSWORD);
    const withRoute = createRouteWrapper({
      getSession: async (req) => sessionIdentityFrom(await flow.session(req.headers.get("cookie") ?? "")),
      getDb: async () => t.db,
      client: () => missing("client"),
      limiter: () => new MemoryRateLimiter(),
      rules: () => limitRules(10_000),
      expectedOrigin: () => APP_URL,
      sessionPolicy: policy,
      trustedProxies: () => 0,
    });
    const route = withRoute({ capability: "authenticated" }, ({ actor }) => Response.json({ userId: actor.id }));
    const savedCookie = flow.cookie();
    const identity = sessionIdentityFrom(await flow.session());
    if (!identity) throw new Error("sign-in issued no session");
    return {
      flow,
      identity,
      savedCookie,
      get: (cookie = savedCookie) => route(new Request(`${APP_URL}/api/purpose`, { headers: { cookie } })),
    };
  };
  const sessionRow = async (id: string) => (await t.db.select().from(authSessions).where(eq(authSessions.id, id)))[0];
  const entries = async (action: string) =>
    (await t.db.select().from(auditEntries).orderBy(asc(auditEntries.seq))).filter((e) => e.action === action);

  it("records a session at sign-in and ends it at sign-out: the replayed cookie then gets 401", async () => {
    const user = await makeUser(t.db, "sally@example.com", ["analyst"], PASSWORD);
    const browser = await signedIn("sally@example.com");
    expect(await sessionRow(browser.identity.sessionId)).toMatchObject({ userId: user.id, endedAt: null });
    expect((await browser.get()).status).toBe(200);

    await browser.flow.signOut();
    // The JWT itself is still well-formed and signed: only the server-side row says it is over.
    expect(sessionIdentityFrom(await browser.flow.session(browser.savedCookie))).toEqual(browser.identity);
    const replay = await browser.get();
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ error: { code: "unauthenticated" } });
    expect(await sessionRow(browser.identity.sessionId)).toMatchObject({ endReason: "signed_out" });
    expect((await entries("auth.sign_out")).at(-1)).toMatchObject({ actorId: user.id });
  });

  it("ends a session idle longer than the timeout, audits that once, and touches last-seen at most once a minute", async () => {
    const user = await makeUser(t.db, "idle@example.com", ["analyst"], PASSWORD);
    const browser = await signedIn("idle@example.com");
    const startedAt = (await sessionRow(browser.identity.sessionId)).lastSeenAt;

    advance(30 * 1000);
    expect((await browser.get()).status).toBe(200);
    // Within the touch interval: no write.
    expect((await sessionRow(browser.identity.sessionId)).lastSeenAt).toEqual(startedAt);

    advance(29 * MINUTE);
    expect((await browser.get()).status).toBe(200);
    expect((await sessionRow(browser.identity.sessionId)).lastSeenAt).toEqual(now);

    // 29 minutes after the last request is still inside a 30-minute idle timeout…
    advance(29 * MINUTE);
    expect((await browser.get()).status).toBe(200);
    // … 31 minutes is not.
    advance(31 * MINUTE);
    expect((await browser.get()).status).toBe(401);
    expect((await browser.get()).status).toBe(401);
    expect(await sessionRow(browser.identity.sessionId)).toMatchObject({ endReason: "idle" });
    const expired = (await entries("auth.session_expired")).filter((e) => e.actorId === user.id);
    expect(expired).toHaveLength(1);
    expect(expired[0].details).toMatchObject({ reason: "idle", sessionId: browser.identity.sessionId });
  });

  it("ends a session 8 hours after sign-in, however active it was", async () => {
    await makeUser(t.db, "busy@example.com", ["analyst"], PASSWORD);
    const browser = await signedIn("busy@example.com");
    for (let hour = 0; hour < 8 * 4 - 1; hour++) {
      advance(15 * MINUTE);
      expect((await browser.get()).status).toBe(200);
    }
    advance(15 * MINUTE);
    expect((await browser.get()).status).toBe(401);
    expect(await sessionRow(browser.identity.sessionId)).toMatchObject({ endReason: "expired" });
  });

  it("lets an admin end every open session of a user, in one audited step, leaving others' sessions open", async () => {
    const user = await makeUser(t.db, "lost-laptop@example.com", ["analyst"], PASSWORD);
    await makeUser(t.db, "bystander@example.com", ["analyst"], PASSWORD);
    const laptop = await signedIn("lost-laptop@example.com");
    const phone = await signedIn("lost-laptop@example.com");
    const bystander = await signedIn("bystander@example.com");
    const asCli = testOp({ db: t.db, auditContext: TEST_ACTOR_CTX });
    // Counted on the users list while they are open (within both timeouts).
    const countOf = async (email: string) =>
      (await listUsers({ ...asCli, input: undefined })).find((u) => u.email === email)?.activeSessions;
    expect(await countOf("lost-laptop@example.com")).toBe(2);

    expect(await endUserSessions({ ...asCli, input: { userId: user.id } })).toEqual({ ended: 2 });
    expect((await laptop.get()).status).toBe(401);
    expect((await phone.get()).status).toBe(401);
    expect((await bystander.get()).status).toBe(200);
    expect(await sessionRow(laptop.identity.sessionId)).toMatchObject({ endReason: "ended_by_admin" });
    expect(await countOf("lost-laptop@example.com")).toBe(0);
    expect((await entries("user.sessions_ended")).at(-1)).toMatchObject({
      actorId: TEST_ACTOR_CTX.actor.id,
      targets: [{ type: "user", id: user.id }],
      details: { count: 2 },
    });
    // The account itself still works: a new sign-in gets a new session.
    expect((await (await signedIn("lost-laptop@example.com")).get()).status).toBe(200);
  });

  it("ends every session of a user when the user is disabled, in the same transaction", async () => {
    const user = await makeUser(t.db, "leaver@example.com", ["analyst"], PASSWORD);
    const browser = await signedIn("leaver@example.com");
    await disableUser({ ...testOp({ db: t.db, auditContext: TEST_ACTOR_CTX }), input: { userId: user.id } });
    expect(await sessionRow(browser.identity.sessionId)).toMatchObject({ endReason: "user_disabled" });
    expect((await entries("user.disable")).at(-1)?.details).toMatchObject({ sessionsEnded: 1 });
    expect((await browser.get()).status).toBe(401);
  });

  it("refuses a validly signed token whose session was never recorded", async () => {
    await makeUser(t.db, "forged@example.com", ["analyst"], PASSWORD);
    const browser = await signedIn("forged@example.com");
    await t.db.delete(authSessions).where(eq(authSessions.id, browser.identity.sessionId));
    expect((await browser.get()).status).toBe(401);
  });
});
