import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import * as here from "@/lib/compliance/errors";
import type { UpstreamErrorInit } from "@/lib/compliance/errors";
import { createDb } from "@/lib/server/db/create-db";
import type { DbHandle } from "@/lib/server/db/types";
import { AppError, isAppError } from "@/lib/server/http/errors";
import { defineRoute } from "@/lib/server/http/route-def";
import { failureCode, toAppError } from "@/lib/server/http/upstream-errors";
import { makeUser } from "../../integration/server/support/fixtures";
import { request, routeHarness } from "../../integration/server/support/route-harness";
import { startScriptedServer, TEST_ACCESS_KEY } from "./support/scripted-server";

// The production build bundles lib/compliance twice (pages and API routes) while one client per process serves
// both, so the route wrapper meets errors built by the other copy's classes. Here the other copy is the same
// modules evaluated again after vi.resetModules(): new classes, exactly what the build's second bundle holds.

async function otherCopy() {
  vi.resetModules();
  const [errors, budget, client, http] = await Promise.all([
    import("@/lib/compliance/errors"),
    import("@/lib/compliance/budget/errors"),
    import("@/lib/compliance/client"),
    import("@/lib/server/http/errors"),
  ]);
  return { errors, budget, client, http };
}

type Other = Awaited<ReturnType<typeof otherCopy>>;
let other: Other;
beforeAll(async () => {
  other = await otherCopy();
});

const init = (status: number | null, message: string, extra: Partial<UpstreamErrorInit> = {}): UpstreamErrorInit => ({
  status,
  type: "error",
  message,
  ...extra,
});

describe("errors from another bundle copy of lib/compliance", () => {
  it("are not `instanceof` this copy's classes (the situation the brand exists for)", () => {
    expect(new other.errors.NotFoundError(init(404, "Chat not found"))).not.toBeInstanceOf(here.NotFoundError);
    expect(new other.http.AppError("not_found", "x")).not.toBeInstanceOf(AppError);
  });

  const cases: Array<[string, () => unknown, { code: string; status: number; retryAfter?: number; message?: RegExp }]> =
    [
      ["404", () => new other.errors.NotFoundError(init(404, "Chat not found")), { code: "not_found", status: 404 }],
      [
        "bare 404 (unauthenticated)",
        () => new other.errors.NotFoundError(init(404, "Not found")),
        { code: "upstream_unavailable", status: 502, message: /not a Compliance key/ },
      ],
      [
        "403 scope",
        () => new other.errors.InsufficientScopeError(init(403, "Needed: [read:compliance_user_data]. Got: []")),
        { code: "upstream_unavailable", status: 502, message: /read:compliance_user_data/ },
      ],
      [
        "401",
        () => new other.errors.InvalidKeyError(init(401, "invalid x-api-key")),
        { code: "upstream_unavailable", status: 502 },
      ],
      [
        "429",
        () => new other.errors.RateLimitedError(init(429, "slow down", { retryAfter: 7 })),
        { code: "rate_limited", status: 429, retryAfter: 7 },
      ],
      ["400", () => new other.errors.BadRequestError(init(400, "bad cursor")), { code: "bad_request", status: 400 }],
      ["409", () => new other.errors.ConflictError(init(409, "conflict")), { code: "conflict", status: 409 }],
      [
        "5xx",
        () => new other.errors.UpstreamUnavailableError(init(503, "overloaded")),
        { code: "upstream_unavailable", status: 502, message: /unavailable/ },
      ],
      [
        "bad body",
        () => new other.errors.InvalidResponseError(init(200, "unexpected shape")),
        { code: "upstream_unavailable", status: 502, message: /could not use/ },
      ],
      [
        "integrity",
        () => new other.errors.IntegrityError("md5 mismatch", { sizeBytes: 1, md5: "a" }, { sizeBytes: 1, md5: "b" }),
        { code: "upstream_unavailable", status: 502, message: /verification/ },
      ],
      [
        "argument",
        () => new other.errors.ComplianceArgumentError("userIds", "at most 10"),
        { code: "invalid_input", status: 422 },
      ],
      [
        "config",
        () => new other.errors.ComplianceConfigError("No Compliance Access Key is configured"),
        { code: "upstream_unavailable", status: 502 },
      ],
      [
        "budget wait",
        () => new other.budget.BudgetTimeoutError("compliance:x", Date.now()),
        { code: "rate_limited", status: 429, retryAfter: 10 },
      ],
      [
        "budget store down",
        () => new other.budget.BudgetUnavailableError("compliance:x"),
        { code: "upstream_unavailable", status: 502, message: /rate budget/ },
      ],
      [
        "budget closed at shutdown",
        () => new other.budget.BudgetClosedError("compliance:x"),
        { code: "upstream_unavailable", status: 502, retryAfter: 5 },
      ],
    ];

  it.each(cases)("%s maps to the same envelope code as this copy's would", (_name, make, expected) => {
    const mapped = toAppError(make());
    if (!isAppError(mapped)) throw new Error(`not mapped: ${String(mapped)}`);
    expect({ code: mapped.code, status: mapped.status }).toEqual({ code: expected.code, status: expected.status });
    if (expected.retryAfter !== undefined) expect(mapped.retryAfter).toBe(expected.retryAfter);
    if (expected.message) expect(mapped.message).toMatch(expected.message);
    expect(failureCode(make())).toBe(expected.code);
  });

  it("an AppError from the other copy passes through unchanged", () => {
    const err = new other.http.AppError("forbidden", "Your role does not allow this");
    expect(isAppError(err)).toBe(true);
    expect(toAppError(err)).toBe(err);
  });

  it("a lookalike without the brand is not trusted: it stays an unknown error (a logged 500)", () => {
    const lookalike = Object.assign(new Error("Chat not found"), {
      name: "NotFoundError",
      status: 404,
      type: "not_found_error",
    });
    expect(here.isComplianceError(lookalike, "not_found")).toBe(false);
    expect(toAppError(lookalike)).toBe(lookalike);
    expect(failureCode(lookalike)).toBe("internal");
  });

  it("`upstream` matches every upstream status, and only those", () => {
    expect(here.isComplianceError(new other.errors.RateLimitedError(init(429, "x")), "upstream")).toBe(true);
    expect(here.isComplianceError(new other.errors.PaginationError(init(200, "cursor did not move")), "upstream")).toBe(
      true,
    );
    expect(
      here.isComplianceError(
        new other.errors.IntegrityError("x", { sizeBytes: null, md5: null }, { sizeBytes: 0, md5: null }),
        "upstream",
      ),
    ).toBe(false);
    expect(here.isComplianceError(new other.errors.NotFoundError(init(404, "x")), "conflict")).toBe(false);
  });
});

describe("a route whose client came from the other copy", () => {
  let db: DbHandle;
  let upstream: Awaited<ReturnType<typeof startScriptedServer>>;
  beforeAll(async () => {
    db = await createDb({ dataDir: "memory://" });
    upstream = await startScriptedServer([
      { status: 404, body: { error: { type: "not_found_error", message: "Chat claude_chat_gone not found" } } },
    ]);
  }, 60_000); // the embedded database takes a while to start on a busy machine
  afterAll(async () => {
    await upstream?.close();
    await db?.close();
  });

  it("answers an upstream 404 with 404 and our JSON envelope, not a 500", async () => {
    const client = other.client.createComplianceClient({ baseUrl: upstream.url, accessKey: TEST_ACCESS_KEY });
    const harness = routeHarness(db.db, { client });
    harness.signIn((await makeUser(db.db, "copies@example.com", ["analyst"])).id);
    // Mounted as app/api mounts it (`withRoute(def)`): the handler lets the upstream error escape, the wrapper maps it.
    const route = harness.withRoute(
      defineRoute({ capability: "authenticated" }, async ({ client: upstreamClient }) =>
        Response.json(await upstreamClient.chats.getMessages("claude_chat_gone")),
      ),
    );

    const res = await route(request("/api/chats/claude_chat_gone/messages"));
    expect(res.status).toBe(404);
    const body = z
      .object({ error: z.object({ code: z.string(), message: z.string(), requestId: z.string() }) })
      .parse(await res.json());
    expect(body.error).toMatchObject({
      code: "not_found",
      message: expect.stringContaining("Not found in the Compliance API"),
    });
    expect(upstream.requests).toHaveLength(1);
  });
});

describe("the process-wide client and budget", () => {
  const saved = { ...process.env };
  afterAll(async () => {
    process.env = saved;
    globalThis.__custodyComplianceClient = undefined;
    for (const budget of globalThis.__custodyRateBudgets?.values() ?? []) await budget.close();
  });

  it("stay one per process whichever copy asks first, so the rate budget is never split", async () => {
    process.env.COMPLIANCE_API_BASE_URL = "http://127.0.0.1:9";
    process.env.COMPLIANCE_ACCESS_KEY = TEST_ACCESS_KEY;
    delete process.env.REDIS_URL;
    vi.resetModules();
    const pages = await import("@/lib/compliance/singleton");
    const first = pages.getComplianceClient();
    vi.resetModules();
    const routes = await import("@/lib/compliance/singleton");
    expect(routes).not.toBe(pages);
    expect(routes.getComplianceClient()).toBe(first);

    const budgetsA = await import("@/lib/compliance/budget");
    vi.resetModules();
    const budgetsB = await import("@/lib/compliance/budget");
    const id = routes.budgetIdFor("http://127.0.0.1:9");
    expect(budgetsB.createRateBudget({ rpm: 600, id })).toBe(budgetsA.createRateBudget({ rpm: 600, id }));
  });
});
