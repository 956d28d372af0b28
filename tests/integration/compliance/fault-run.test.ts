import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IntegrityError } from "@/lib/compliance/errors";
import { landmarkList, startSim, testClient } from "./support/sim";
import { canonical, exportCustodians } from "./support/walk";

// Acceptance 2 (issue #3): a faulty upstream must yield exactly the records and bytes of a clean one.

type Sim = Awaited<ReturnType<typeof startSim>>;
let clean: Sim;
let faulty: Sim;
beforeAll(async () => {
  // Same seed and `now` ⇒ same data. The rate limit is lifted so only injected faults interfere.
  clean = await startSim({ rateLimit: 1_000_000 });
  faulty = await startSim({ rateLimit: 1_000_000, faultRate: 0.1, throttleRate: 0.05, truncateRate: 0.02 });
});
afterAll(async () => {
  await clean?.close();
  await faulty?.close();
});

describe("fault run", () => {
  it("exports 10 demo custodians identically from a clean and a faulty simulator", async () => {
    const custodians = landmarkList(clean.store.landmarks().demo_custodians).slice(0, 10);
    expect(custodians).toHaveLength(10);
    const reference = await exportCustodians(testClient(clean.url).client, custodians);
    const { client, logs } = testClient(faulty.url, { maxRetries: 8 });
    const faultyRun = await exportCustodians(client, custodians);

    expect(reference.chats.length).toBeGreaterThan(0);
    expect(Object.keys(reference.files).length).toBeGreaterThan(0);
    expect(canonical(faultyRun)).toEqual(canonical(reference));

    const stats = await faulty.stats();
    const injected = Object.entries(stats.by_status)
      .filter(([s]) => s === "429" || s.startsWith("5"))
      .reduce((n, [, c]) => n + c, 0);
    // The faults really happened and were absorbed by retries.
    expect(injected).toBeGreaterThan(0);
    expect(logs.filter((l) => l.event === "retry").length).toBeGreaterThan(0);
    console.info(
      `fault run: ${faultyRun.chats.length} chats, ${Object.keys(faultyRun.files).length}` +
        ` files, ${injected} injected 429/5xx, ${faultyRun.integrityErrors} truncations caught, ${stats.requests_total} requests`,
    );
  });
});

describe("truncation detection", () => {
  let cut: Sim;
  beforeAll(async () => {
    cut = await startSim({ rateLimit: 1_000_000, truncateRate: 1 });
  });
  afterAll(async () => cut?.close());

  async function someFile(sim: Sim): Promise<string> {
    const { client } = testClient(sim.url);
    const custodians = landmarkList(sim.store.landmarks().demo_custodians).slice(0, 10);
    for await (const page of client.chats.iterate({ userIds: custodians })) {
      for (const chat of page.data) {
        const messages = await client.chats.iterateMessages(chat.id).toArray();
        const file = messages.flatMap((m) => m.files ?? []).find((f) => (f.size_bytes ?? 0) > 1024);
        if (file) return file.id;
      }
    }
    throw new Error("no file over 1 KiB for the demo custodians");
  }

  it("never lets a cut stream through: every truncated attempt is an IntegrityError", async () => {
    const fileId = await someFile(cut);
    const { client } = testClient(cut.url);
    let seen = 0;
    const attempt = client.downloadVerified("file", fileId, () => new WritableStream(), {
      attempts: 3,
      onIntegrityError: () => void seen++,
    });
    await expect(attempt).rejects.toBeInstanceOf(IntegrityError);
    expect(seen).toBe(3);
  });
});
