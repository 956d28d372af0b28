import { describe, expect, it } from "vitest";
import { DirectoryCache } from "@/lib/server/directory-cache/directory-cache";
import type { DirectorySnapshot } from "@/lib/server/directory-cache/load-directory";

function snapshot(name: string, loadedAt: number): DirectorySnapshot {
  const entry = {
    id: `user_${name}`,
    name,
    email: `${name}@example.com`,
    organizationUuid: "o",
    organizationName: "Org",
    role: null,
  };
  return { entries: [entry], byId: new Map([[entry.id, entry]]), organizations: new Map([["o", "Org"]]), loadedAt };
}

/** A loader whose loads resolve only when the test says so. */
function controlledLoader() {
  const pending: Array<{ resolve: (s: DirectorySnapshot) => void; reject: (e: Error) => void }> = [];
  return {
    load: () => new Promise<DirectorySnapshot>((resolve, reject) => void pending.push({ resolve, reject })),
    pending,
  };
}

describe("directory cache", () => {
  it("shares one load between concurrent first reads", async () => {
    const loader = controlledLoader();
    const cache = new DirectoryCache(loader.load);
    const reads = [cache.get(), cache.get(), cache.get()];
    expect(loader.pending).toHaveLength(1);
    loader.pending[0].resolve(snapshot("ann", 0));
    const results = await Promise.all(reads);
    expect(results.map((r) => r.entries[0].name)).toEqual(["ann", "ann", "ann"]);
    expect(cache.loads).toBe(1);
  });

  it("serves a stale snapshot at once and refreshes it once in the background", async () => {
    let now = 0;
    const loader = controlledLoader();
    const cache = new DirectoryCache(loader.load, { ttlMs: 1000, now: () => now });
    const first = cache.get();
    loader.pending[0].resolve(snapshot("ann", 0));
    await first;
    now = 999;
    expect((await cache.get()).entries[0].name).toBe("ann");
    expect(cache.loads).toBe(1);
    now = 1000;
    expect((await cache.get()).entries[0].name).toBe("ann");
    expect((await cache.get()).entries[0].name).toBe("ann");
    expect(loader.pending).toHaveLength(2);
    loader.pending[1].resolve(snapshot("bob", 1000));
    await cache.refresh();
    expect((await cache.get()).entries[0].name).toBe("bob");
  });

  it("keeps the old snapshot when a refresh fails, and tries again on a later read", async () => {
    let now = 0;
    const loader = controlledLoader();
    const cache = new DirectoryCache(loader.load, { ttlMs: 10, now: () => now });
    const first = cache.get();
    loader.pending[0].resolve(snapshot("ann", 0));
    await first;
    now = 50;
    await cache.get();
    loader.pending[1].reject(new Error("upstream down"));
    await new Promise((r) => setTimeout(r, 0));
    expect((await cache.get()).entries[0].name).toBe("ann");
    expect(loader.pending).toHaveLength(3);
  });

  it("fails the first read when the first load fails", async () => {
    const loader = controlledLoader();
    const cache = new DirectoryCache(loader.load);
    const read = cache.get();
    loader.pending[0].reject(new Error("no scope"));
    await expect(read).rejects.toThrow("no scope");
  });
});
