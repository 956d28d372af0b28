import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { desc } from "drizzle-orm";
import { createDb } from "@/lib/server/db/create-db";
import type { DbHandle } from "@/lib/server/db/types";
import { auditEntries } from "@/lib/server/db/schema";
import { AppError } from "@/lib/server/http/errors";
import { setUserRoles } from "@/lib/server/users/set-user-roles";
import { disableUser } from "@/lib/server/users/disable-user";
import { testOp } from "@/tests/support/operation";
import { makeUser, TEST_ACTOR_CTX } from "../../integration/server/support/fixtures";
import { params, request, routeHarness } from "../../integration/server/support/route-harness";

const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

async function errorOf(res: Response) {
  const body = ErrorBody.parse(await res.json());
  expect(res.headers.get("x-request-id")).toBe(body.error.requestId);
  expect(body.error.requestId).toMatch(/^req_/);
  return body.error;
}

describe("withRoute", () => {
  let h: DbHandle;
  let harness: ReturnType<typeof routeHarness>;
  let analystId: string;
  const ok = () => Response.json({ ok: true });

  beforeAll(async () => {
    h = await createDb({ dataDir: "memory://" });
    harness = routeHarness(h.db, { routeRateLimit: 5 });
    analystId = (await makeUser(h.db, "ann@example.com", ["analyst"])).id;
  });
  afterAll(async () => h?.close());

  const latestAudit = async () => (await h.db.select().from(auditEntries).orderBy(desc(auditEntries.seq)).limit(1))[0];

  it("answers 401 without a session, and for a disabled user", async () => {
    const route = harness.withRoute({ capability: "authenticated" }, ok);
    harness.signOut();
    const res = await route(request("/api/x"));
    expect(res.status).toBe(401);
    expect(await errorOf(res)).toMatchObject({ code: "unauthenticated" });

    const gone = await makeUser(h.db, "gone@example.com", ["analyst"]);
    await disableUser({ ...testOp({ db: h.db, auditContext: TEST_ACTOR_CTX }), input: { userId: gone.id } });
    harness.signIn(gone.id);
    expect((await route(request("/api/x"))).status).toBe(401);
  });

  it("passes parsed params, query and body to the handler with the actor and request id", async () => {
    const route = harness.withRoute(
      {
        capability: "custodian:read",
        params: z.object({ custodianId: z.string().startsWith("cus_") }),
        query: z.object({ limit: z.coerce.number().int().max(50).default(10) }),
        body: z.object({ user_ids: z.array(z.string()).max(10) }),
      },
      ({ actor, params: p, query, body, requestId }) =>
        Response.json({ actor: actor.email, p, query, body, requestId }),
    );
    harness.signIn(analystId);
    const res = await route(
      request("/api/custodians/cus_1?limit=7", {
        method: "POST",
        json: { user_ids: ["u1"] },
        headers: { origin: "http://console.test" },
      }),
      params({ custodianId: "cus_1" }),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      actor: "ann@example.com",
      p: { custodianId: "cus_1" },
      query: { limit: 7 },
      body: { user_ids: ["u1"] },
    });
    expect(res.headers.get("x-request-id")).toBe(body.requestId);
    expect(res.headers.get("x-ratelimit-limit")).toBe("5");
  });

  it("answers 403 for a role without the capability, auditing refusals of content", async () => {
    harness.signIn(analystId);
    const auditRoute = harness.withRoute({ capability: "audit:read" }, ok);
    const res = await auditRoute(request("/api/audit"));
    expect(res.status).toBe(403);
    expect(await errorOf(res)).toMatchObject({ code: "forbidden" });
    expect(await latestAudit()).toMatchObject({
      action: "audit.view",
      outcome: "denied",
      actorId: analystId,
      details: { capability: "audit:read", route: "GET /api/audit" },
    });

    const before = (await latestAudit()).seq;
    expect((await harness.withRoute({ capability: "users:manage" }, ok)(request("/api/users"))).status).toBe(403);
    expect((await latestAudit()).seq).toBe(before);
  });

  it("applies a role change on the very next request", async () => {
    const user = await makeUser(h.db, "rolf@example.com", ["analyst"]);
    const route = harness.withRoute({ capability: "activity:read" }, ok);
    harness.signIn(user.id);
    expect((await route(request("/api/activity"))).status).toBe(200);
    await setUserRoles({
      ...testOp({ db: h.db, auditContext: TEST_ACTOR_CTX }),
      input: { userId: user.id, roles: ["auditor"] },
    });
    expect((await route(request("/api/activity"))).status).toBe(403);
  });

  it("answers 422 naming each invalid field, and 400 for malformed JSON", async () => {
    harness.signIn(analystId);
    const route = harness.withRoute(
      {
        capability: "custodian:read",
        query: z.object({ limit: z.coerce.number().int() }),
        body: z.object({ user_ids: z.array(z.string()).max(10), note: z.string() }),
      },
      ok,
    );
    const origin = { origin: "http://console.test" };
    const res = await route(
      request("/api/x?limit=abc", { method: "POST", headers: origin, json: { user_ids: Array(11).fill("u") } }),
    );
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe("invalid_input");
    expect(error.fields).toEqual({
      user_ids: ["Too many: at most 10"],
      note: ["Required"],
      limit: ["Expected number"],
    });

    const bad = await route(
      request("/api/x?limit=1", {
        method: "POST",
        headers: { ...origin, "content-type": "application/json" },
        body: "{nope",
      }),
    );
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toMatchObject({ code: "bad_request", message: "Malformed JSON body" });
  });

  it("refuses cross-site mutations", async () => {
    harness.signIn(analystId);
    const route = harness.withRoute({ capability: "custodian:read" }, ok);
    const post = (headers: Record<string, string>) => route(request("/api/x", { method: "POST", headers }));
    expect((await post({ origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ "sec-fetch-site": "cross-site", origin: "http://console.test" })).status).toBe(403);
    expect((await post({})).status).toBe(403);
    expect((await post({ "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect((await post({ origin: "http://console.test" })).status).toBe(200);
  });

  it("answers 429 with Retry-After once the per-user limit is spent", async () => {
    const user = await makeUser(h.db, "busy@example.com", ["analyst"]);
    harness.signIn(user.id);
    const route = harness.withRoute({ capability: "authenticated" }, ok);
    for (let i = 0; i < 5; i++) expect((await route(request("/api/x"))).status).toBe(200);
    const res = await route(request("/api/x"));
    expect(res.status).toBe(429);
    expect(await errorOf(res)).toMatchObject({ code: "rate_limited" });
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(res.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(res.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
  });

  it("turns AppError and ZodError into their codes, and anything else into a 500 that leaks nothing", async () => {
    harness.signIn((await makeUser(h.db, "errs@example.com", ["analyst"])).id);
    const missing = await harness.withRoute({ capability: "authenticated" }, () => {
      throw new AppError("not_found", "No such chat");
    })(request("/api/x"));
    expect(missing.status).toBe(404);
    expect(await errorOf(missing)).toMatchObject({ code: "not_found", message: "No such chat" });

    const zod = await harness.withRoute({ capability: "authenticated" }, () => {
      z.object({ email: z.email() }).parse({ email: "nope" });
      return ok();
    })(request("/api/x"));
    expect(zod.status).toBe(422);
    expect((await errorOf(zod)).fields).toHaveProperty("email");

    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const boom = await harness.withRoute({ capability: "authenticated" }, () => {
        throw new Error('connect postgres://admin:s3cret@db/x failed; password="hunter2" key sk-ant-api03-abcdef');
      })(request("/api/x"));
      expect(boom.status).toBe(500);
      const text = await boom.clone().text();
      expect(text).not.toMatch(/s3cret|hunter2|sk-ant|postgres/);
      const error = await errorOf(boom);
      expect(error.code).toBe("internal");
      const logged = log.mock.calls.flat().join(" ");
      expect(logged).toContain(error.requestId);
      expect(logged).not.toMatch(/s3cret|hunter2|api03-abcdef/);
    } finally {
      log.mockRestore();
    }
  });
});
