import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createComplianceClient } from "@/lib/compliance";
import { createRateBudget } from "@/lib/compliance/budget";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { countingFetch, emptyResult, hammer } from "../../support/budget/hammer-loop";
import { fetchSimStats } from "../../support/budget/sim-stats";
import { KEYS } from "../../support/simulator";

// Acceptance 3b: two clients in one process (as two routes of the app would be) get the same
// in-process budget for the same upstream; hammering for 70 s they stay within 120/min together.
const RPM = 120;
const DURATION_MS = 70_000;

describe("one upstream budget shared by two clients in one process", () => {
  let sim: RunningSimulator;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, rateLimit: RPM, recordAccess: false });
  });
  afterAll(async () => {
    await sim?.close();
  });

  it("keeps both clients together within the upstream limit without a single 429", { timeout: 150_000 }, async () => {
    const budgetId = `in-process-${sim.port}`;
    const results = [emptyResult(), emptyResult()];
    // Each client asks for "its" budget; the registry hands both the same one.
    const budgets = results.map(() => createRateBudget({ rpm: RPM, id: budgetId }));
    expect(budgets[0]).toBe(budgets[1]);
    const clients = results.map((result, i) =>
      createComplianceClient({
        baseUrl: sim.url,
        accessKey: KEYS.full,
        budget: budgets[i],
        maxConcurrency: 4,
        fetch: countingFetch(result),
      }),
    );
    try {
      await Promise.all(
        clients.map((client, i) => hammer(client, results[i], { durationMs: DURATION_MS, concurrency: 4 })),
      );
    } finally {
      await budgets[0].close();
    }
    const stats = await fetchSimStats(sim.url);

    expect(stats.max_requests_in_any_60s_window).toBeLessThanOrEqual(RPM);
    expect(stats.by_status["429"] ?? 0).toBe(0);
    for (const r of results) {
      expect(r.firstError).toBeNull();
      expect(r.ok).toBeGreaterThan(0);
    }
    expect(results[0].sent + results[1].sent).toBeGreaterThan(RPM);
    expect(stats.requests_total).toBe(results[0].sent + results[1].sent);
  });
});
