import { afterEach, describe, expect, it } from "vitest";
import { createComplianceClient } from "@/lib/compliance/client";
import {
  BadRequestError,
  InsufficientScopeError,
  InvalidKeyError,
  NotFoundError,
  RateLimitedError,
  UpstreamUnavailableError,
  ComplianceConfigError,
} from "@/lib/compliance/errors";
import type { ClientBudget } from "@/lib/compliance/budget-port";
import {
  recordingSleep,
  startScriptedServer,
  TEST_ACCESS_KEY,
  TEST_ADMIN_KEY,
  type Reply,
} from "./support/scripted-server";

const ORGS = {
  data: [{ uuid: "org-1", name: "Org", created_at: "2026-01-01T00:00:00Z" }],
  has_more: false,
  next_page: null,
};
let server: Awaited<ReturnType<typeof startScriptedServer>> | undefined;
afterEach(async () => server?.close());

async function clientFor(script: Reply[], extra: Partial<Parameters<typeof createComplianceClient>[0]> = {}) {
  server = await startScriptedServer(script);
  const rec = recordingSleep();
  const client = createComplianceClient({
    baseUrl: server.url,
    accessKey: TEST_ACCESS_KEY,
    adminKey: TEST_ADMIN_KEY,
    sleep: rec.sleep,
    random: () => 0.5,
    ...extra,
  });
  return { client, waits: rec.waits, requests: server.requests };
}

const envelope = (type: string, message: string) => ({ error: { type, message } });

describe("http: keys and headers", () => {
  it("sends the access key in x-api-key with anthropic-version, and the admin key only for activities when asked", async () => {
    const { client, requests } = await clientFor([
      { status: 200, body: ORGS },
      { status: 200, body: { data: [], has_more: false, first_id: null, last_id: null } },
    ]);
    await client.organizations.list();
    await client.activities.list({ limit: 1 }, { key: "admin" });
    expect(requests[0].headers["x-api-key"]).toBe(TEST_ACCESS_KEY);
    expect(requests[0].headers["anthropic-version"]).toBe("2023-06-01");
    expect(requests[1].headers["x-api-key"]).toBe(TEST_ADMIN_KEY);
  });

  it("reads activities with the admin key when no access key is configured, and refuses other endpoints", async () => {
    const { client, requests } = await clientFor(
      [{ status: 200, body: { data: [], has_more: false, first_id: null, last_id: null } }],
      { accessKey: undefined },
    );
    await client.activities.list();
    expect(requests[0].headers["x-api-key"]).toBe(TEST_ADMIN_KEY);
    await expect(client.organizations.list()).rejects.toBeInstanceOf(ComplianceConfigError);
    expect(requests).toHaveLength(1);
  });

  it("does not follow redirects (they would carry the key elsewhere)", async () => {
    const { client, requests } = await clientFor([{ status: 302, headers: { location: "http://127.0.0.1:1/steal" } }]);
    await expect(client.organizations.list()).rejects.toMatchObject({ status: 302 });
    expect(requests).toHaveLength(1);
  });
});

describe("http: error classes", () => {
  it.each([
    [400, "invalid_request_error", BadRequestError],
    [401, "authentication_error", InvalidKeyError],
    [404, "not_found_error", NotFoundError],
  ])("maps %i to its class without retrying", async (status, type, ErrorClass) => {
    const { client, requests } = await clientFor([
      { status, body: envelope(type, "nope"), headers: { "request-id": "req_1" } },
    ]);
    const error = await client.organizations.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ status, type, message: "nope", requestId: "req_1" });
    expect(requests).toHaveLength(1);
  });

  it("parses granted and needed scopes from a 403", async () => {
    const message =
      "Missing required scopes. Got: ['read:compliance_activities'] Needed one of: ['read:compliance_org_data', 'read:org_audit']";
    const { client } = await clientFor([{ status: 403, body: envelope("permission_error", message) }]);
    const error = await client.organizations.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientScopeError);
    expect(error).toMatchObject({
      granted: ["read:compliance_activities"],
      needed: ["read:compliance_org_data", "read:org_audit"],
    });
  });

  it("keeps a non-JSON body as truncated text", async () => {
    const html = `<html>${"x".repeat(5000)}</html>`;
    const { client } = await clientFor([{ status: 502, body: html }], { maxRetries: 0 });
    const error = await client.organizations.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    const body = (error as UpstreamUnavailableError).body;
    expect(typeof body).toBe("string");
    expect(String(body).length).toBeLessThan(2100);
  });
});

describe("http: retries", () => {
  it("retries 503/529 with exponential backoff and succeeds", async () => {
    const { client, waits, requests } = await clientFor([
      { status: 503, body: envelope("overloaded_error", "busy") },
      { status: 529, body: envelope("overloaded_error", "busy") },
      { status: 200, body: ORGS },
    ]);
    const orgs = await client.organizations.list();
    expect(orgs.data[0].uuid).toBe("org-1");
    expect(requests).toHaveLength(3);
    // random() = 0.5 ⇒ no jitter: 1 s then 2 s.
    expect(waits).toEqual([1000, 2000]);
  });

  it("never waits less than retry-after on a 429", async () => {
    const { client, waits } = await clientFor([
      { status: 429, body: envelope("rate_limit_error", "slow down"), headers: { "retry-after": "25" } },
      { status: 200, body: ORGS },
    ]);
    await client.organizations.list();
    expect(waits).toEqual([25_000]);
  });

  it("gives up after the configured attempts with RateLimitedError carrying retryAfter", async () => {
    const { client, requests } = await clientFor(
      [{ status: 429, body: envelope("rate_limit_error", "slow down"), headers: { "retry-after": "1" } }],
      { maxRetries: 2 },
    );
    const error = await client.organizations.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ retryAfter: 1 });
    expect(requests).toHaveLength(3);
  });

  it("obeys x-should-retry both ways", async () => {
    const first = await clientFor([
      { status: 500, body: envelope("api_error", "deterministic"), headers: { "x-should-retry": "false" } },
    ]);
    await expect(first.client.organizations.list()).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(first.requests).toHaveLength(1);
    await server?.close();
    const second = await clientFor([
      { status: 409, body: envelope("conflict_error", "transient"), headers: { "x-should-retry": "true" } },
      { status: 200, body: ORGS },
    ]);
    await second.client.organizations.list();
    expect(second.requests).toHaveLength(2);
  });

  it("caps the exponential part at capMs and applies ±25 % jitter", async () => {
    const busy: Reply = { status: 503, body: envelope("overloaded_error", "busy") };
    const { client, waits } = await clientFor([busy, busy, busy, busy], {
      maxRetries: 3,
      backoff: { baseMs: 100, capMs: 250 },
      random: () => 1,
    });
    await expect(client.organizations.list()).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(waits).toEqual([125, 250, 313]);
  });

  it("times out a stalled attempt and retries it", async () => {
    const stall: Reply = () => undefined; // never answers
    const { client, requests } = await clientFor([stall, { status: 200, body: ORGS }], { timeoutMs: 200 });
    await expect(client.organizations.list()).resolves.toMatchObject({ data: [{ uuid: "org-1" }] });
    expect(requests).toHaveLength(2);
  });

  it("stops at once when the caller aborts, without retrying", async () => {
    const stall: Reply = () => undefined;
    const { client, requests } = await clientFor([stall]);
    const controller = new AbortController();
    const pending = client.organizations.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user cancelled")), 50);
    await expect(pending).rejects.toThrow("user cancelled");
    expect(requests).toHaveLength(1);
  });
});

describe("http: rate budget", () => {
  it("acquires before every attempt and observes every response's headers", async () => {
    const calls: string[] = [];
    const observed: unknown[] = [];
    const budget: ClientBudget = {
      acquire: async () => void calls.push("acquire"),
      observe: (s) => void observed.push(s),
    };
    const headers = {
      "anthropic-ratelimit-requests-limit": "600",
      "anthropic-ratelimit-requests-remaining": "0",
      "anthropic-ratelimit-requests-reset": "2026-04-21T14:38:25Z",
      "retry-after": "2",
    };
    const { client } = await clientFor(
      [
        { status: 429, body: envelope("rate_limit_error", "x"), headers },
        { status: 200, body: ORGS, headers: { ...headers, "anthropic-ratelimit-requests-remaining": "599" } },
      ],
      { budget },
    );
    await client.organizations.list();
    expect(calls).toEqual(["acquire", "acquire"]);
    expect(observed).toEqual([
      { limit: 600, remaining: 0, resetAt: new Date("2026-04-21T14:38:25Z") },
      { limit: 600, remaining: 599, resetAt: new Date("2026-04-21T14:38:25Z") },
    ]);
    expect(client.rateLimit()).toMatchObject({ limit: 600, remaining: 599 });
  });

  it("rejects a response whose shape is wrong with a schema error instead of returning it", async () => {
    const { client } = await clientFor([{ status: 200, body: { data: [{ name: "no uuid" }] } }]);
    await expect(client.organizations.list()).rejects.toThrow(/unexpected shape: data\.0\.uuid/);
  });
});
