import "server-only";
import type { ComplianceClient } from "@/lib/compliance";

/** A name read is served this long before P2 is asked again (projects are renamed rarely). */
export const PROJECT_NAME_TTL_MS = 5 * 60_000;
/** Entries kept per process; the oldest go first. */
const MAX_ENTRIES = 5000;

type Entry = { name: string; at: number };

/**
 * Project names for chat lists and headers, which carry only `project_id` (C1/C2). Each unknown id costs one P2 read
 * of the shared rate budget, so names are kept per process for a while, and lookups of one id share one request. A
 * lookup that fails (rate limited, deleted project, …) yields no name and is not cached: the page shows the id.
 */
export class ProjectNames {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<string | null>>();

  constructor(
    private readonly client: ComplianceClient,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * id → name for every id that could be named; never throws. `maxReads` bounds the P2 reads one call may start (names
   * already known are always served): a page of chats spread over hundreds of projects must not wait on hundreds of
   * budgeted reads, and its unnamed projects still link by id.
   */
  async resolve(
    ids: Iterable<string>,
    { maxReads = Infinity }: { maxReads?: number } = {},
  ): Promise<Map<string, string>> {
    let reads = 0;
    const unique = [...new Set(ids)].filter((id) => this.fresh(id) || this.inFlight.has(id) || reads++ < maxReads);
    const names = await this.client.mapConcurrent(unique, (id) => this.nameOf(id));
    const out = new Map<string, string>();
    unique.forEach((id, i) => {
      const name = names[i];
      if (name !== null) out.set(id, name);
    });
    return out;
  }

  /** The cached entry while it is younger than the TTL. */
  private fresh(id: string): Entry | undefined {
    const hit = this.entries.get(id);
    return hit && this.now() - hit.at < PROJECT_NAME_TTL_MS ? hit : undefined;
  }

  private nameOf(id: string): Promise<string | null> {
    const hit = this.fresh(id);
    if (hit) return Promise.resolve(hit.name);
    let pending = this.inFlight.get(id);
    if (!pending) {
      pending = this.client.projects
        .get(id)
        .then((p) => {
          this.remember(id, p.name);
          return p.name;
        })
        .catch(() => null)
        .finally(() => this.inFlight.delete(id));
      this.inFlight.set(id, pending);
    }
    return pending;
  }

  private remember(id: string, name: string): void {
    this.entries.delete(id);
    this.entries.set(id, { name, at: this.now() });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
  }
}

const caches = new WeakMap<ComplianceClient, ProjectNames>();

/** One cache per client (the process-wide one in the app; a fresh one per injected test client). */
export function projectNamesFor(client: ComplianceClient): ProjectNames {
  let names = caches.get(client);
  if (!names) {
    names = new ProjectNames(client);
    caches.set(client, names);
  }
  return names;
}
