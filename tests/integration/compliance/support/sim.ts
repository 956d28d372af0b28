import { z } from "zod";
import { DEMO_KEYS, startSimulator, type SimulatorOptions } from "@/lib/simulator";
import { createComplianceClient, type ComplianceClientOptions } from "@/lib/compliance/client";
import type { LogEntry } from "@/lib/compliance/logger";

/** Fixed `now` so two simulators with the same seed generate identical data. */
export const SIM_NOW = new Date("2026-10-01T12:00:00.000Z");

type DemoKey = (typeof DEMO_KEYS)[number];
function findKey(predicate: (k: DemoKey) => boolean, what: string): string {
  const found = DEMO_KEYS.find(predicate);
  if (!found) throw new Error(`simulator has no demo key: ${what}`);
  return found.key;
}

export const keys = {
  full: () =>
    findKey(
      (k) =>
        k.type === "compliance_access_key" &&
        (k.status ?? "active") === "active" &&
        k.scopes.includes("delete:compliance_user_data"),
      "full access",
    ),
  readOnly: () =>
    findKey(
      (k) =>
        k.type === "compliance_access_key" &&
        (k.status ?? "active") === "active" &&
        !k.scopes.includes("delete:compliance_user_data"),
      "read-only",
    ),
  admin: () => findKey((k) => k.type === "admin" && (k.status ?? "active") === "active", "admin"),
  deactivated: () => findKey((k) => k.type === "compliance_access_key" && k.status === "deactivated", "deactivated"),
};

const SimStats = z.looseObject({
  requests_total: z.number(),
  by_endpoint: z.record(z.string(), z.number()),
  by_status: z.record(z.string(), z.number()),
  max_requests_in_any_60s_window: z.number(),
});

export async function startSim(options: SimulatorOptions = {}) {
  const sim = await startSimulator({ port: 0, profile: "demo", seed: 42, now: SIM_NOW, ...options });
  return {
    ...sim,
    stats: async () => SimStats.parse(await (await fetch(`${sim.url}/_sim/stats`)).json()),
    reset: async () => void (await fetch(`${sim.url}/_sim/reset`, { method: "POST" })),
  };
}

/** A client wired for tests: fast backoff (10 ms base) and optional log capture. */
export function testClient(baseUrl: string, overrides: Partial<ComplianceClientOptions> = {}) {
  const logs: LogEntry[] = [];
  const client = createComplianceClient({
    baseUrl,
    accessKey: keys.full(),
    adminKey: keys.admin(),
    backoff: { baseMs: 10, capMs: 100 },
    // retry-after is honoured in proportion but scaled down 100× so fault runs take seconds.
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms / 100, 200))),
    logger: (entry) => void logs.push(entry),
    ...overrides,
  });
  return { client, logs };
}

export function landmarkList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
export function landmark(value: string | string[] | undefined, name: string): string {
  const first = landmarkList(value)[0];
  if (!first) throw new Error(`simulator landmark missing: ${name}`);
  return first;
}
