import "server-only";
import type { RateBudget } from "./types";

// One budget per id per process. Next dev re-evaluates modules on HMR but globalThis survives, so
// a reloaded module gets the same budget instead of a second one with its own empty window.
declare global {
  // `var` is what makes it a property of globalThis.
  var __custodyRateBudgets: Map<string, RateBudget> | undefined;
}

function registry(): Map<string, RateBudget> {
  globalThis.__custodyRateBudgets ??= new Map();
  return globalThis.__custodyRateBudgets;
}

/** The registered budget for `id`, creating it with `create` on first use. */
export function getOrCreateBudget(id: string, create: () => RateBudget): RateBudget {
  const existing = registry().get(id);
  if (existing) return existing;
  const created = create();
  const entry: RateBudget = {
    acquire: (opts) => created.acquire(opts),
    observe: (s) => created.observe(s),
    snapshot: () => created.snapshot(),
    close: async () => {
      // Only forget it if it's still ours: a later budget with the same id may have replaced it.
      if (registry().get(id) === entry) registry().delete(id);
      await created.close();
    },
  };
  registry().set(id, entry);
  return entry;
}
