import { afterEach, describe, expect, it } from "vitest";
import {
  call,
  expectApiError,
  getOk,
  landmarkId,
  startTestSimulator,
  statusOf,
  type Sim,
} from "../../support/simulator";
import type { SimulatorOptions } from "@/lib/simulator";
import { smallFiles } from "./support/discover";
import { FileMeta } from "./support/schemas";

// Injected faults (the console's retry and resume paths depend on them): 5xx, spurious 429, cut streams, latency.

let sims: Sim[] = [];
async function start(opts: SimulatorOptions): Promise<Sim> {
  const sim = await startTestSimulator(opts);
  sims.push(sim);
  return sim;
}
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims = [];
});

const PATHS = (sim: Sim) => [
  "/v1/compliance/activities",
  "/v1/compliance/organizations",
  "/v1/compliance/apps/chats",
  `/v1/compliance/apps/chats/${landmarkId(sim.store, "tool_chat")}/messages`,
  "/v1/compliance/apps/sessions/local",
  "/v1/compliance/apps/code/artifacts",
];

async function expectHooksWork(sim: Sim) {
  for (const hook of ["/_sim/health", "/_sim/stats"]) {
    const res = await fetch(`${sim.url}${hook}`);
    expect(res.status, hook).toBe(200);
    await res.arrayBuffer();
  }
}

describe("faultRate: 1", () => {
  it("fails every /v1 request with 500, 502, 503 or 529 in the error envelope; /_sim is unaffected", async () => {
    const sim = await start({ faultRate: 1 });
    const seen = new Set<number>();
    for (let round = 0; round < 4; round++)
      for (const path of PATHS(sim)) {
        const res = await call(sim, path);
        expect([500, 502, 503, 529]).toContain(res.status);
        seen.add(res.status);
        await expectApiError(res, res.status, ["api_error", "overloaded_error"]);
      }
    expect(seen.size).toBeGreaterThan(1);
    await expectHooksWork(sim);
  });
});

describe("throttleRate: 1", () => {
  it("answers 429 rate_limit_error with retry-after", async () => {
    const sim = await start({ throttleRate: 1 });
    for (const path of PATHS(sim)) {
      const res = await call(sim, path);
      const retryAfter = res.headers.get("retry-after");
      await expectApiError(res, 429, "rate_limit_error");
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    }
    await expectHooksWork(sim);
  });
});

describe("truncateRate: 1", () => {
  it("ends a content stream early: the read fails or yields fewer bytes than size_bytes", async () => {
    const sim = await start({ truncateRate: 1 });
    const files = smallFiles(sim.store, 10);
    const [file] = files
      .map((f) => ({ ...f, size: Number(sim.store.file(f.fileId)?.size_bytes ?? 0) }))
      .sort((a, b) => b.size - a.size);
    const meta = await getOk(sim, `/v1/compliance/apps/chats/files/${file.fileId}`, FileMeta);
    expect(meta.size_bytes).toBeGreaterThan(1);
    const res = await call(sim, `/v1/compliance/apps/chats/files/${file.fileId}/content`);
    expect(res.status).toBe(200);
    const got = await res.arrayBuffer().then(
      (b) => b.byteLength,
      () => -1,
    );
    expect(got).toBeLessThan(meta.size_bytes ?? 0);
    await expectHooksWork(sim);
  });
});

describe("latencyMs", () => {
  it("makes each request take at least the configured latency", async () => {
    const sim = await start({ latencyMs: 100 });
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      expect(await statusOf(sim, "/v1/compliance/organizations")).toBe(200);
      // A lower bound only; timers may fire a fraction of a millisecond early against performance.now().
      expect(performance.now() - started).toBeGreaterThanOrEqual(99);
    }
  });
});
