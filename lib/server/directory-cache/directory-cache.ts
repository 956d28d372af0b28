import "server-only";
import type { ComplianceClient } from "@/lib/compliance";
import { loadDirectory, type DirectorySnapshot } from "./load-directory";

/** How long a directory read is served before a background refresh (users come and go slowly). */
export const DIRECTORY_TTL_MS = 5 * 60_000;

export type DirectoryCacheOptions = { ttlMs?: number; now?: () => number };

/**
 * The merged O1+O2 directory of every linked org, per process. First use waits for a load; after that a stale
 * snapshot is served at once while ONE background refresh runs (never more than one in flight), so searching as
 * you type never waits on dozens of upstream pages and never multiplies them.
 */
export class DirectoryCache {
  private snapshot: DirectorySnapshot | null = null;
  private inFlight: Promise<DirectorySnapshot> | null = null;
  private readonly ttlMs: number;
  private readonly now: () => number;
  /** Loads started so far (for tests and diagnostics). */
  loads = 0;

  constructor(
    private readonly load: () => Promise<DirectorySnapshot>,
    options: DirectoryCacheOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? DIRECTORY_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  async get(): Promise<DirectorySnapshot> {
    const current = this.snapshot;
    if (!current) return this.refresh();
    if (this.now() - current.loadedAt >= this.ttlMs) {
      // Stale-while-revalidate; a failed refresh keeps the old snapshot and is retried on the next read.
      this.refresh().catch(() => undefined);
    }
    return current;
  }

  /** Starts a load unless one is already running; every caller shares the same promise. */
  refresh(): Promise<DirectorySnapshot> {
    if (!this.inFlight) {
      this.loads++;
      this.inFlight = this.load()
        .then((snap) => {
          this.snapshot = snap;
          return snap;
        })
        .finally(() => {
          this.inFlight = null;
        });
    }
    return this.inFlight;
  }
}

const caches = new WeakMap<ComplianceClient, DirectoryCache>();

/** One cache per client (the process-wide one in the app; a fresh one per injected test client). */
export function directoryCacheFor(client: ComplianceClient): DirectoryCache {
  let cache = caches.get(client);
  if (!cache) {
    cache = new DirectoryCache(() => loadDirectory(client));
    caches.set(client, cache);
  }
  return cache;
}
