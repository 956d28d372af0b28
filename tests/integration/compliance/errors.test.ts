import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createComplianceClient } from "@/lib/compliance/client";
import {
  BadRequestError,
  ComplianceArgumentError,
  InsufficientScopeError,
  InvalidKeyError,
  NotFoundError,
  RateLimitedError,
  UpstreamUnavailableError,
} from "@/lib/compliance/errors";
import { keys, landmarkList, startSim, testClient } from "./support/sim";

let sim: Awaited<ReturnType<typeof startSim>>;
beforeAll(async () => {
  sim = await startSim({ rateLimit: 100_000 });
});
afterAll(async () => sim?.close());

describe("error classes against the simulator", () => {
  it("401: a deactivated key is an InvalidKeyError and is not retried", async () => {
    const { client } = testClient(sim.url, { accessKey: keys.deactivated() });
    const before = (await sim.stats()).requests_total;
    const error = await client.organizations.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidKeyError);
    expect(error).toMatchObject({ status: 401, type: "authentication_error" });
    expect((await sim.stats()).requests_total - before).toBe(1);
  });

  it("403: a read-only key deleting gets InsufficientScopeError with parsed scopes", async () => {
    const { client } = testClient(sim.url, { accessKey: keys.readOnly() });
    const chat = (
      await client.chats.list({ userIds: landmarkList(sim.store.landmarks().demo_custodians).slice(0, 1), limit: 1 })
    ).data[0];
    const error = await client.chats.delete(chat.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientScopeError);
    const scopeError = error as InsufficientScopeError;
    expect(scopeError.needed).toContain("delete:compliance_user_data");
    expect(scopeError.granted).toEqual(expect.arrayContaining(["read:compliance_user_data"]));
    expect(scopeError.granted).not.toContain("delete:compliance_user_data");
  });

  it("403: the admin key outside the Activity Feed", async () => {
    const { client } = testClient(sim.url, { accessKey: keys.admin() });
    const error = await client.organizations.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientScopeError);
    expect((error as InsufficientScopeError).granted).toEqual(["read:compliance_activities"]);
  });

  it("404: unknown ids, with the upstream message and a request id", async () => {
    const { client } = testClient(sim.url);
    const error = await client.chats.getMessages("claude_chat_does_not_exist").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, type: "not_found_error", requestId: expect.any(String) });
    expect((error as NotFoundError).isUnauthenticated).toBe(false);
  });

  it("404 bare 'Not found' for a non-compliance key", async () => {
    const { client } = testClient(sim.url, { accessKey: "sk-ant-api03-a-plain-claude-api-key-not-for-compliance" });
    const error = await client.organizations.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).isUnauthenticated).toBe(true);
  });

  it("400 from the server for a malformed session id", async () => {
    const { client } = testClient(sim.url);
    await expect(client.localSessions.get("not-a-session-id")).rejects.toBeInstanceOf(BadRequestError);
  });

  it("argument errors make no request at all", async () => {
    const { client } = testClient(sim.url);
    const before = (await sim.stats()).requests_total;
    const ids = Array.from({ length: 11 }, (_, i) => `user_${i}`);
    await expect(client.chats.list({ userIds: ids })).rejects.toBeInstanceOf(ComplianceArgumentError);
    await expect(client.activities.list({ limit: 0 })).rejects.toBeInstanceOf(ComplianceArgumentError);
    await expect(client.activities.list({ afterId: "a", beforeId: "b" })).rejects.toBeInstanceOf(
      ComplianceArgumentError,
    );
    expect(() => client.remoteSessions.iterate({ userIds: ids })).toThrow(ComplianceArgumentError);
    expect((await sim.stats()).requests_total).toBe(before);
  });
});

describe("429 and 5xx retries", () => {
  it("429: waits at least retry-after, then succeeds", async () => {
    const limited = await startSim({ rateLimit: 2 });
    try {
      const waits: number[] = [];
      // The wait is recorded, and the simulator's window is cleared instead of really waiting a minute.
      const client = createComplianceClient({
        baseUrl: limited.url,
        accessKey: keys.full(),
        sleep: async (ms) => void (waits.push(ms), await limited.reset()),
      });
      await client.organizations.list();
      await client.organizations.list();
      const rateLimitedBefore = (await limited.stats()).by_status["429"] ?? 0;
      expect(rateLimitedBefore).toBe(0);
      await expect(client.organizations.list()).resolves.toMatchObject({ data: expect.any(Array) });
      expect(waits).toHaveLength(1);
      expect(waits[0]).toBeGreaterThanOrEqual(1000);
      expect(client.rateLimit()).toMatchObject({ limit: 2 });
    } finally {
      await limited.close();
    }
  });

  it("429: surfaces RateLimitedError with retryAfter once retries are exhausted", async () => {
    const limited = await startSim({ rateLimit: 1 });
    try {
      const client = createComplianceClient({
        baseUrl: limited.url,
        accessKey: keys.full(),
        maxRetries: 1,
        sleep: async () => undefined,
      });
      await client.organizations.list();
      const error = await client.organizations.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitedError);
      expect((error as RateLimitedError).retryAfter).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.close();
    }
  });

  it("5xx: retries injected faults until the call succeeds", async () => {
    const faulty = await startSim({ rateLimit: 100_000, faultRate: 0.5 });
    try {
      const { client } = testClient(faulty.url, { maxRetries: 8 });
      for (let i = 0; i < 10; i++) await client.organizations.list();
      const stats = await faulty.stats();
      const fives = Object.entries(stats.by_status)
        .filter(([s]) => s.startsWith("5"))
        .reduce((n, [, c]) => n + c, 0);
      expect(fives).toBeGreaterThan(0);
      expect(stats.by_status["200"]).toBe(10);
    } finally {
      await faulty.close();
    }
  });

  it("5xx: gives up with UpstreamUnavailableError when every attempt fails", async () => {
    const broken = await startSim({ faultRate: 1 });
    try {
      const { client } = testClient(broken.url, { maxRetries: 2 });
      await expect(client.organizations.list()).rejects.toBeInstanceOf(UpstreamUnavailableError);
      expect((await broken.stats()).requests_total).toBe(3);
    } finally {
      await broken.close();
    }
  });
});
