import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LogEntry } from "@/lib/compliance/logger";
import { keys, landmarkList, startSim, testClient } from "./support/sim";
import { exportCustodians } from "./support/walk";

// Acceptance 5 (issue #3): no key, nor its first 20 characters, in any log line or error.

type Sim = Awaited<ReturnType<typeof startSim>>;
let faulty: Sim;
beforeAll(async () => {
  faulty = await startSim({ rateLimit: 1_000_000, faultRate: 0.15, throttleRate: 0.05, truncateRate: 0.05 });
});
afterAll(async () => faulty?.close());

function everythingAbout(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const fields = Object.fromEntries(Object.entries(error));
  return [
    error.message,
    error.stack ?? "",
    JSON.stringify(fields),
    JSON.stringify(error),
    String(error.cause ?? ""),
  ].join("\n");
}

function assertNoKeys(haystack: string): void {
  for (const key of [keys.full(), keys.admin(), keys.readOnly(), keys.deactivated()]) {
    expect(haystack).not.toContain(key);
    expect(haystack).not.toContain(key.slice(0, 20));
  }
}

describe("key redaction", () => {
  it("keeps keys out of logs and errors during a fault run and an error run", async () => {
    const logs: LogEntry[] = [];
    const errors: unknown[] = [];
    const capture = (entry: LogEntry) => void logs.push(entry);

    // Fault run: retries, truncations, throttling, all logged.
    const { client } = testClient(faulty.url, { logger: capture, maxRetries: 8 });
    const custodians = landmarkList(faulty.store.landmarks().demo_custodians).slice(0, 3);
    await exportCustodians(client, custodians).catch((e: unknown) => errors.push(e));
    for (let i = 0; i < 5; i++)
      await client.download("file", `claude_file_missing_${i}`).catch((e: unknown) => errors.push(e));

    // Error run: 401, 403 and 404 with every kind of key.
    const bad = testClient(faulty.url, { accessKey: keys.deactivated(), logger: capture, maxRetries: 8 }).client;
    await bad.organizations.list().catch((e: unknown) => errors.push(e));
    const readOnly = testClient(faulty.url, { accessKey: keys.readOnly(), logger: capture, maxRetries: 8 }).client;
    await readOnly.chats.delete("claude_chat_anything").catch((e: unknown) => errors.push(e));
    const adminAsAccess = testClient(faulty.url, { accessKey: keys.admin(), logger: capture, maxRetries: 8 }).client;
    await adminAsAccess.groups.list().catch((e: unknown) => errors.push(e));
    await client.projects.get("claude_proj_missing").catch((e: unknown) => errors.push(e));
    const status = await client.probe();

    expect(errors.length).toBeGreaterThanOrEqual(8);
    expect(logs.some((l) => l.event === "retry")).toBe(true);
    expect(logs.some((l) => l.event === "request_failed")).toBe(true);
    assertNoKeys(logs.map((l) => JSON.stringify(l)).join("\n"));
    assertNoKeys(errors.map(everythingAbout).join("\n"));
    assertNoKeys(JSON.stringify(status));
  });
});
