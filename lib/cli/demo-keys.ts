import type { SimKey } from "@/lib/simulator/store/types";

/**
 * Chooses which of the simulator's demo keys the console runs with: the compliance access key with
 * the most scopes (the full-scope one) and an active admin key. Picked by shape rather than by
 * position so reordering DEMO_KEYS cannot silently hand the demo a read-only or deactivated key.
 */
export function pickDemoKeys(keys: readonly SimKey[]): { accessKey: string; adminKey: string | null } {
  const active = keys.filter((k) => (k.status ?? "active") === "active");
  const access = active
    .filter((k) => k.type === "compliance_access_key")
    .sort((a, b) => b.scopes.length - a.scopes.length)[0];
  if (!access) throw new Error("DEMO_KEYS has no active compliance access key");
  const admin = active.find((k) => k.type === "admin");
  return { accessKey: access.key, adminKey: admin?.key ?? null };
}
