import { describe, expect, it } from "vitest";
import type { ComplianceClient } from "@/lib/compliance";
import { PROJECT_NAME_TTL_MS, ProjectNames } from "@/lib/server/projects/project-names";

/** A client that names project `p<n>` "Project n" and counts its P2 reads. */
function fakeClient() {
  const reads: string[] = [];
  const client = {
    mapConcurrent: <T, R>(items: readonly T[], fn: (item: T) => Promise<R>) => Promise.all(items.map(fn)),
    projects: {
      get: async (id: string) => {
        reads.push(id);
        if (id === "gone") throw new Error("404");
        return { id, name: `Project ${id.slice(1)}` };
      },
    },
  } as unknown as ComplianceClient;
  return { client, reads };
}

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `p${from + i}`);

describe("ProjectNames", () => {
  it("reads each unknown project once and serves repeats from the cache", async () => {
    const { client, reads } = fakeClient();
    const names = new ProjectNames(client);
    const first = await names.resolve(["p1", "p2", "p1"]);
    expect([...first]).toEqual([
      ["p1", "Project 1"],
      ["p2", "Project 2"],
    ]);
    await names.resolve(["p2", "p1"]);
    expect(reads).toEqual(["p1", "p2"]);
  });

  it("starts at most maxReads new reads, always serves known names, and names the rest on a later call", async () => {
    const { client, reads } = fakeClient();
    const names = new ProjectNames(client);
    await names.resolve(ids(3));
    const page = await names.resolve(ids(100), { maxReads: 25 });
    expect(reads).toHaveLength(3 + 25);
    expect(page.size).toBe(28);
    for (const id of ids(3)) expect(page.get(id)).toBe(`Project ${id.slice(1)}`);
    const next = await names.resolve(ids(100), { maxReads: 25 });
    expect(next.size).toBe(53);
    expect(new Set(reads).size).toBe(reads.length);
  });

  it("does not cache a failed read, and reads again after the TTL", async () => {
    const { client, reads } = fakeClient();
    let now = 0;
    const names = new ProjectNames(client, () => now);
    expect((await names.resolve(["gone", "p7"])).has("gone")).toBe(false);
    await names.resolve(["gone", "p7"]);
    expect(reads.filter((id) => id === "gone")).toHaveLength(2);
    expect(reads.filter((id) => id === "p7")).toHaveLength(1);
    now += PROJECT_NAME_TTL_MS;
    await names.resolve(["p7"]);
    expect(reads.filter((id) => id === "p7")).toHaveLength(2);
  });
});
