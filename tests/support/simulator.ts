import { expect } from "vitest";
import { z } from "zod";
import { DEMO_KEYS, startSimulator, type SimulatorOptions, type RunningSimulator } from "@/lib/simulator";
import type { DirectoryChange, SimKey, SimStore, SortedCollection } from "@/lib/simulator/store/types";

/**
 * Starts and drives a Compliance API simulator for one integration test file, over real HTTP with plain `fetch`.
 * Everything here follows the reference (/work/shared/compliance-api.md), never the simulator's internals: keys are
 * picked from DEMO_KEYS by type/scope/status, and expected totals come from the seeded store.
 */

export const FIXED_NOW = new Date("2026-10-01T12:00:00.000Z");
export const SEED = 42;
export type Sim = RunningSimulator;

const isActive = (k: SimKey) => (k.status ?? "active") === "active";

function pickDemoKey(what: string, pred: (k: SimKey) => boolean): string {
  const found = DEMO_KEYS.find(pred);
  if (!found) throw new Error(`DEMO_KEYS has no ${what}`);
  return found.key;
}

/** Keys by role. Extra single-scope keys are ours (the `keys:` option), shaped like real Compliance keys. */
export const KEYS = {
  full: pickDemoKey(
    "active full-scope compliance key",
    (k) =>
      isActive(k) &&
      k.type === "compliance_access_key" &&
      k.scopes.includes("delete:compliance_user_data") &&
      ["read:compliance_activities", "read:compliance_user_data", "read:compliance_org_data"].every((s) =>
        k.scopes.includes(s),
      ),
  ),
  admin: pickDemoKey("active admin key", (k) => isActive(k) && k.type === "admin"),
  readOnly: pickDemoKey(
    "active read-only compliance key",
    (k) =>
      isActive(k) &&
      k.type === "compliance_access_key" &&
      !k.scopes.includes("delete:compliance_user_data") &&
      k.scopes.includes("read:compliance_user_data"),
  ),
  deactivated: pickDemoKey("deactivated key", (k) => k.status === "deactivated"),
  activitiesOnly: "sk-ant-api01-custody-test-activities-only-Qm7xP2vL9sT4wR8yK3nB6cJ1hF5dG0aZ",
  orgAuditOnly: "sk-ant-api01-custody-test-org-audit-only-Ht3kN8pW2xV7mL4qR9sB1cF6jD5gA0yZ",
  userDataOnly: "sk-ant-api01-custody-test-user-data-only-Lw5rT1nK8vP3xM7qB2sH9cJ4fD6gA0yZ",
  orgDataOnly: "sk-ant-api01-custody-test-org-data-only-Zp9vK4mN1xT7wL2qR8sB3cH6jF5dG0aY",
  retiredSettings: "sk-ant-api01-custody-test-retired-settings-Bq2wE7rT4yU9iO1pA5sD8fG3hJ6kL0z",
  expiredAdmin: "sk-ant-admin01-custody-test-expired-admin-Vn6mB1vC8xZ3lK7jH2gF9dS4aP5oI0u",
  unknownCompliance: "sk-ant-api01-custody-test-never-issued-Xr4tY8uI2oP6aS1dF9gH3jK7lZ5xC0v",
  claudeApi: "sk-ant-api03-custody-test-claude-api-key-Mn3bV7cX1zL5kJ9hG2fD6sA4pO8iU0y",
} as const;

const extraKeys: SimKey[] = [
  { key: KEYS.activitiesOnly, type: "compliance_access_key", scopes: ["read:compliance_activities"] },
  { key: KEYS.orgAuditOnly, type: "compliance_access_key", scopes: ["read:org_audit"] },
  { key: KEYS.userDataOnly, type: "compliance_access_key", scopes: ["read:compliance_user_data"] },
  { key: KEYS.orgDataOnly, type: "compliance_access_key", scopes: ["read:compliance_org_data"] },
  { key: KEYS.retiredSettings, type: "compliance_access_key", scopes: ["read:compliance_org_settings"] },
  { key: KEYS.expiredAdmin, type: "admin", scopes: ["read:compliance_activities"], status: "expired" },
];
export const TEST_KEYS: SimKey[] = [...DEMO_KEYS, ...extraKeys];

/**
 * A simulator on an OS-chosen loopback port with seed 42 and a fixed `now`. The rate limit defaults very high so
 * walks with small pages never hit it; the rate-limit tests pass their own.
 */
export async function startTestSimulator(opts: SimulatorOptions = {}): Promise<Sim> {
  return startSimulator({
    port: 0,
    seed: SEED,
    now: FIXED_NOW,
    keys: TEST_KEYS,
    rateLimit: 1_000_000,
    remoteRateLimit: 1_000_000,
    ...opts,
  });
}

export type QueryValue = string | number | boolean | readonly string[] | undefined;

/** Arrays are repeated once per value under the given name (callers write the `[]` themselves, as the wire does). */
export function buildQuery(query: Readonly<Record<string, QueryValue>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) params.append(name, v);
    else params.append(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export interface CallOptions {
  /** Defaults to the full-scope key; `null` sends no key at all. */
  key?: string | null;
  method?: "GET" | "DELETE" | "POST";
  query?: Readonly<Record<string, QueryValue>>;
  signal?: AbortSignal;
}

export function call(sim: Pick<Sim, "url">, path: string, opts: CallOptions = {}): Promise<Response> {
  const key = opts.key === undefined ? KEYS.full : opts.key;
  const headers: Record<string, string> = { "anthropic-version": "2023-06-01" };
  if (key !== null) headers["x-api-key"] = key;
  return fetch(`${sim.url}${path}${buildQuery(opts.query ?? {})}`, {
    method: opts.method ?? "GET",
    headers,
    signal: opts.signal,
  });
}

/** Status of a request whose body does not matter (drained, so the connection is reused). */
export async function statusOf(sim: Pick<Sim, "url">, path: string, opts: CallOptions = {}): Promise<number> {
  const res = await call(sim, path, opts);
  await res.arrayBuffer();
  return res.status;
}

/** Parses a JSON body with a test schema; on mismatch the error shows the body, which is what one needs to debug. */
export async function parseBody<T>(res: Response, schema: z.ZodType<T>): Promise<T> {
  const text = await res.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${res.status} body is not JSON: ${text.slice(0, 300)}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new Error(`${res.status} body does not match: ${z.prettifyError(parsed.error)}\n${text.slice(0, 600)}`);
  return parsed.data;
}

/** GET (or DELETE) that must answer 200, parsed with `schema`. */
export async function getOk<T>(
  sim: Pick<Sim, "url">,
  path: string,
  schema: z.ZodType<T>,
  opts: CallOptions = {},
): Promise<T> {
  const res = await call(sim, path, opts);
  if (res.status !== 200)
    throw new Error(`${opts.method ?? "GET"} ${path} → ${res.status}: ${(await res.text()).slice(0, 400)}`);
  return parseBody(res, schema);
}

export const ErrorBody = z.object({ error: z.object({ type: z.string(), message: z.string() }) });

/** Checks the reference's error envelope (§7.1): status, `error.type`, a `request-id` header; returns the message. */
export async function expectApiError(
  res: Response,
  status: number,
  type: string | readonly string[],
  message?: string | RegExp,
): Promise<string> {
  const body = await parseBody(res, ErrorBody);
  expect(res.status, body.error.message).toBe(status);
  if (typeof type === "string") expect(body.error.type).toBe(type);
  else expect(type).toContain(body.error.type);
  expect(res.headers.get("request-id"), "request-id header on an error").toMatch(/\S/);
  if (typeof message === "string") expect(body.error.message).toBe(message);
  else if (message) expect(body.error.message).toMatch(message);
  return body.error.message;
}

// ---- /_sim/* test hooks (no key) ----

export const StatsBody = z.object({
  requests_total: z.number().int(),
  by_endpoint: z.record(z.string(), z.number().int()),
  by_status: z.record(z.string(), z.number().int()),
  max_requests_in_any_60s_window: z.number().int(),
});
export type StatsBody = z.infer<typeof StatsBody>;

export async function simStats(sim: Pick<Sim, "url">): Promise<StatsBody> {
  return parseBody(await fetch(`${sim.url}/_sim/stats`), StatsBody);
}

export async function resetSim(sim: Pick<Sim, "url">): Promise<void> {
  const res = await fetch(`${sim.url}/_sim/reset`, { method: "POST" });
  expect(res.status).toBe(200);
  await res.arrayBuffer();
}

/** Moves the simulator's clock (rate-limit windows, cursor expiry) forward without waiting. */
export async function advanceClock(sim: Pick<Sim, "url">, ms: number): Promise<void> {
  const res = await fetch(`${sim.url}/_sim/clock`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ advance_ms: ms }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  await res.arrayBuffer();
}

export function postDirectoryChange(
  sim: Pick<Sim, "url">,
  change: DirectoryChange | Record<string, unknown>,
): Promise<Response> {
  return fetch(`${sim.url}/_sim/directory`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(change),
  });
}

// ---- seeded ground truth ----

export function landmarkId(store: SimStore, name: string): string {
  const v = store.landmarks()[name];
  if (typeof v !== "string") throw new Error(`landmark ${name} is not a single id: ${JSON.stringify(v)}`);
  return v;
}

export function landmarkIds(store: SimStore, name: string): string[] {
  const v = store.landmarks()[name];
  if (!Array.isArray(v)) throw new Error(`landmark ${name} is not a list: ${JSON.stringify(v)}`);
  return v;
}

/** Every record of a (demo-sized) collection; never call on the large profile. */
export function allRecords(coll: SortedCollection | undefined): Record<string, unknown>[] {
  if (!coll) throw new Error("collection is undefined");
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < coll.size; i++) out.push(coll.at(i));
  return out;
}

export function idsOf(records: readonly Record<string, unknown>[]): string[] {
  return records.map((r) => {
    if (typeof r.id !== "string") throw new Error(`record without a string id: ${JSON.stringify(r).slice(0, 200)}`);
    return r.id;
  });
}
