import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  advanceClock,
  KEYS,
  resetSim,
  simStats,
  startTestSimulator,
  statusOf,
  type Sim,
} from "../../support/simulator";

// GET /_sim/stats and POST /_sim/reset: what benches and fault runs use to prove how many calls a client made.

let sim: Sim;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => sim?.close());

describe("stats", () => {
  it("counts exactly the requests made, by endpoint template and by status", async () => {
    await resetSim(sim);
    expect(await simStats(sim)).toEqual({
      requests_total: 0,
      by_endpoint: {},
      by_status: {},
      max_requests_in_any_60s_window: 0,
    });
    const org = String(sim.store.organizations()[0].uuid);
    const made = [
      await statusOf(sim, "/v1/compliance/activities", { query: { limit: 1 } }),
      await statusOf(sim, "/v1/compliance/activities", { key: KEYS.admin, query: { limit: 1 } }),
      await statusOf(sim, "/v1/compliance/activities", { query: { bogus: 1 } }),
      await statusOf(sim, "/v1/compliance/apps/chats", { key: KEYS.admin }),
      await statusOf(sim, "/v1/compliance/apps/chats", { key: null }),
      await statusOf(sim, `/v1/compliance/organizations/${org}/users`),
      await statusOf(sim, "/v1/compliance/organizations/00000000-0000-4000-8000-000000000000/users"),
      await statusOf(sim, "/v1/compliance/apps/chats/claude_chat_nope/messages"),
      await statusOf(sim, "/v1/compliance/apps/chats/claude_chat_nope", { method: "DELETE", key: KEYS.readOnly }),
    ];
    expect(made).toEqual([200, 200, 400, 403, 404, 200, 404, 404, 403]);
    // Hooks are not counted.
    await fetch(`${sim.url}/_sim/health`).then((r) => r.arrayBuffer());

    const stats = await simStats(sim);
    expect(stats.requests_total).toBe(made.length);
    expect(stats.by_status).toEqual({ "200": 3, "400": 1, "403": 2, "404": 3 });
    expect(stats.by_endpoint).toEqual({
      "GET /v1/compliance/activities": 3,
      "GET /v1/compliance/apps/chats": 2,
      "GET /v1/compliance/organizations/{org_uuid}/users": 2,
      "GET /v1/compliance/apps/chats/{claude_chat_id}/messages": 1,
      "DELETE /v1/compliance/apps/chats/{claude_chat_id}": 1,
    });
    expect(stats.max_requests_in_any_60s_window).toBe(made.length);
  });

  it("keeps the busiest minute when later minutes are quieter", async () => {
    await resetSim(sim);
    for (let i = 0; i < 5; i++) await statusOf(sim, "/v1/compliance/organizations");
    await advanceClock(sim, 61_000);
    for (let i = 0; i < 2; i++) await statusOf(sim, "/v1/compliance/organizations");
    const stats = await simStats(sim);
    expect(stats.requests_total).toBe(7);
    expect(stats.max_requests_in_any_60s_window).toBe(5);
    await advanceClock(sim, 30_000);
    for (let i = 0; i < 4; i++) await statusOf(sim, "/v1/compliance/organizations");
    // 2 requests 30 s ago + 4 now fall within one 60 s window.
    expect((await simStats(sim)).max_requests_in_any_60s_window).toBe(6);
  });

  it("clears everything on reset", async () => {
    await statusOf(sim, "/v1/compliance/organizations");
    await resetSim(sim);
    expect(await simStats(sim)).toEqual({
      requests_total: 0,
      by_endpoint: {},
      by_status: {},
      max_requests_in_any_60s_window: 0,
    });
  });
});
