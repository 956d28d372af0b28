import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { DeclarePurposeBody } from "@/lib/schemas/auth";
import { auditEntries } from "@/lib/server/db/schema";
import { declarePurpose } from "@/lib/server/auth/declare-purpose";
import { currentPurpose } from "@/lib/server/auth/current-purpose";
import { testOp } from "@/tests/support/operation";
import { makeUser } from "./support/fixtures";
import { request, routeHarness } from "./support/route-harness";
import { testDatabaseTargets, type TestDatabase } from "./support/test-databases";

describe.each(testDatabaseTargets())("purpose of access on $name", (target) => {
  let t: TestDatabase;
  let harness: ReturnType<typeof routeHarness>;
  beforeAll(async () => {
    t = await target.open();
    // One trusted proxy: the X-Forwarded-For below is the address it saw, so it is the entry's ip (issue 10 §2).
    harness = routeHarness(t.db, { trustedProxies: 1 });
  });
  afterAll(async () => t?.cleanup());

  it("requires a declared purpose before custodian content, then stamps it on every entry of the session", async () => {
    const ivy = await makeUser(t.db, "ivy@example.com", ["analyst"]);
    // The route an investigator uses to state a purpose, and a content route that needs one.
    const declare = harness.withRoute(
      { capability: "custodian:read", body: DeclarePurposeBody },
      async ({ sessionId, body, ...ctx }) =>
        Response.json(await declarePurpose({ ...ctx, input: { sessionId, ...body } }), {
          status: 201,
        }),
    );
    const viewChat = harness.withRoute(
      { capability: "custodian:read", requiresPurpose: true },
      async ({ audit, purpose }) => {
        await audit.record({ action: "chat.view", targets: [{ type: "chat", id: "chat_9" }] });
        return Response.json({ purpose });
      },
    );

    harness.signIn(ivy.id, "ses_one");
    const refused = await viewChat(request("/api/chats/chat_9"));
    expect(refused.status).toBe(428);
    expect((await refused.json()).error.code).toBe("purpose_required");

    const headers = { origin: "http://console.test", "user-agent": "Chrome/150", "x-forwarded-for": "203.0.113.4" };
    const tooShort = await declare(
      request("/api/purpose", { method: "POST", headers, json: { reference: "CASE-1", reason: "short" } }),
    );
    expect(tooShort.status).toBe(422);
    expect((await tooShort.json()).error.fields).toEqual({ reason: ["Too short: at least 10 characters"] });

    const declared = await declare(
      request("/api/purpose", {
        method: "POST",
        headers,
        json: { reference: "CASE-2026-014", reason: "Preservation review for litigation hold" },
      }),
    );
    expect(declared.status).toBe(201);
    const purpose = await declared.json();
    expect(purpose).toMatchObject({ id: expect.stringMatching(/^pur_/), reference: "CASE-2026-014" });

    const viewed = await viewChat(request("/api/chats/chat_9", { headers }));
    expect(viewed.status).toBe(200);
    const entries = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.actorId, ivy.id))
      .orderBy(asc(auditEntries.seq));
    const stamp = { id: purpose.id, reference: "CASE-2026-014", reason: "Preservation review for litigation hold" };
    expect(entries.map((e) => [e.action, e.purpose])).toEqual([
      ["purpose.declare", stamp],
      ["chat.view", stamp],
    ]);
    expect(entries[1]).toMatchObject({
      targets: [{ type: "chat", id: "chat_9" }],
      ip: "203.0.113.4",
      userAgent: "Chrome/150",
    });

    // A new sign-in session starts without a purpose.
    harness.signIn(ivy.id, "ses_two");
    expect((await viewChat(request("/api/chats/chat_9"))).status).toBe(428);
    expect(await currentPurpose({ db: t.db, userId: ivy.id, sessionId: "ses_two" })).toBeNull();
  });

  it("uses the latest purpose when one is restated", async () => {
    const jo = await makeUser(t.db, "jo@example.com", ["legal"]);
    const ctx = { actor: { id: jo.id, email: jo.email, roles: jo.roles } };
    // The user declaring is the operation's actor; the purpose it replaces is the one stamped on its audit context.
    const first = await declarePurpose({
      ...testOp({ db: t.db, actor: jo, auditContext: ctx }),
      input: { sessionId: "s", reference: "T-1", reason: "First matter to review" },
    });
    const second = await declarePurpose({
      ...testOp({ db: t.db, actor: jo, auditContext: { ...ctx, purpose: first } }),
      input: { sessionId: "s", reference: "T-2", reason: "Second matter to review" },
    });
    expect(await currentPurpose({ db: t.db, userId: jo.id, sessionId: "s" })).toEqual(second);
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.actorId, jo.id))
      .orderBy(asc(auditEntries.seq))
      .offset(1);
    expect(entry.details).toEqual({ previousPurposeId: first.id });
  });
});
