import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, call, expectApiError, KEYS, startTestSimulator, type Sim } from "../../support/simulator";
import { smallFiles } from "./support/discover";

// Rate limits (reference §8): one sliding 60 s budget per parent org, shared by keys and endpoints; headers on every
// authenticated response; failed auth is free, a 403 is not; remote sessions have an extra budget.

const LIMIT_MSG = /^Compliance API rate limit of \d+ requests per minute per parent organization has been exceeded/;

let sims: Sim[] = [];
async function start(rateLimit: number, remoteRateLimit = 1_000_000): Promise<Sim> {
  const sim = await startTestSimulator({ rateLimit, remoteRateLimit });
  sims.push(sim);
  return sim;
}
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims = [];
});

interface Budget {
  status: number;
  limit: number;
  remaining: number;
  reset: string;
}

async function budgetOf(res: Response): Promise<Budget> {
  await res.arrayBuffer();
  const limit = res.headers.get("anthropic-ratelimit-requests-limit");
  const remaining = res.headers.get("anthropic-ratelimit-requests-remaining");
  const reset = res.headers.get("anthropic-ratelimit-requests-reset");
  expect(limit, `limit header on a ${res.status}`).toMatch(/^\d+$/);
  expect(remaining, `remaining header on a ${res.status}`).toMatch(/^\d+$/);
  expect(Number.isNaN(Date.parse(reset ?? "")), `reset header ${reset}`).toBe(false);
  expect(reset).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([zZ]|[+-]\d\d:\d\d)$/);
  return { status: res.status, limit: Number(limit), remaining: Number(remaining), reset: reset ?? "" };
}

describe("headers", () => {
  it("come on every authenticated response, incl. errors and downloads, with remaining counting down", async () => {
    const sim = await start(50);
    const [file] = smallFiles(sim.store, 1);
    const seq = [
      await budgetOf(await call(sim, "/v1/compliance/activities", { query: { limit: 1 } })),
      await budgetOf(await call(sim, "/v1/compliance/apps/chats", { key: KEYS.admin })),
      await budgetOf(await call(sim, `/v1/compliance/apps/chats/files/${file.fileId}/content`)),
      await budgetOf(await call(sim, "/v1/compliance/apps/projects", { key: KEYS.readOnly })),
    ];
    expect(seq.map((b) => b.status)).toEqual([200, 403, 200, 200]);
    expect(seq.map((b) => b.limit)).toEqual([50, 50, 50, 50]);
    expect(seq.map((b) => b.remaining)).toEqual([49, 48, 47, 46]);
    const bad = await budgetOf(await call(sim, "/v1/compliance/activities", { query: { bogus: 1 } }));
    expect(bad.status).toBe(400);
    expect(bad.remaining).toBeLessThanOrEqual(46);
    const missing = await budgetOf(await call(sim, "/v1/compliance/apps/chats/claude_chat_nope/messages"));
    expect(missing.status).toBe(404);
    expect(missing.remaining).toBeLessThanOrEqual(bad.remaining);
  });
});

describe("the shared budget", () => {
  it("gives the 21st request within a minute a 429, whatever the key or endpoint", async () => {
    const sim = await start(20);
    const plan = [
      { path: "/v1/compliance/activities", key: KEYS.full },
      { path: "/v1/compliance/apps/chats", key: KEYS.readOnly },
      { path: "/v1/compliance/organizations", key: KEYS.full },
      { path: "/v1/compliance/apps/projects", key: KEYS.readOnly },
      { path: "/v1/compliance/apps/chats", key: KEYS.admin }, // 403: still costs a unit
    ];
    for (let i = 0; i < 20; i++) {
      const { path, key } = plan[i % plan.length];
      const b = await budgetOf(await call(sim, path, { key, query: path.endsWith("activities") ? { limit: 1 } : {} }));
      expect([200, 403]).toContain(b.status);
      expect(b.remaining).toBe(19 - i);
      if (i === 9) {
        // Failed authentication is rejected before the limiter: no quota used.
        for (const bad of [null, KEYS.unknownCompliance, KEYS.deactivated, KEYS.claudeApi])
          await (await call(sim, "/v1/compliance/activities", { key: bad })).arrayBuffer();
      }
    }
    for (const key of [KEYS.full, KEYS.readOnly]) {
      const res = await call(sim, "/v1/compliance/apps/chats", { key });
      const retryAfter = res.headers.get("retry-after");
      expect(res.headers.get("anthropic-ratelimit-requests-remaining")).toBe("0");
      await expectApiError(res, 429, "rate_limit_error", LIMIT_MSG);
      expect(retryAfter).toMatch(/^\d+$/);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(retryAfter)).toBeLessThanOrEqual(61);
    }
  });

  it("frees up after the minute has passed (429s cost nothing)", async () => {
    const sim = await start(3);
    for (let i = 0; i < 3; i++)
      expect((await budgetOf(await call(sim, "/v1/compliance/organizations"))).status).toBe(200);
    for (let i = 0; i < 5; i++)
      expect((await call(sim, "/v1/compliance/organizations").then(budgetOf)).status).toBe(429);
    await advanceClock(sim, 61_000);
    const b = await budgetOf(await call(sim, "/v1/compliance/organizations"));
    expect(b.status).toBe(200);
    expect(b.remaining).toBe(2);
  });
});

describe("the remote-session budget", () => {
  it("answers 429 with retry-after 1 on top of the shared budget, and leaves local sessions alone", async () => {
    const sim = await start(1000, 3);
    for (let i = 0; i < 3; i++)
      expect((await budgetOf(await call(sim, "/v1/compliance/apps/sessions/remote"))).status).toBe(200);
    const res = await call(sim, "/v1/compliance/apps/sessions/remote");
    expect(res.headers.get("retry-after")).toBe("1");
    expect(res.headers.get("anthropic-ratelimit-requests-limit")).toBe("1000"); // describes the shared budget
    await expectApiError(res, 429, "rate_limit_error");
    expect((await budgetOf(await call(sim, "/v1/compliance/apps/sessions/local"))).status).toBe(200);
  });
});
