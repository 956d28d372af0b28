import type { KeyProbeDto } from "@/lib/schemas/upstream-status";

/** Display helpers for the status page. Pure, so they are unit-tested and safe in any component. */

export function formatLatency(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** `2026-04-21T14:38:25Z` → `14:38:25 UTC`. Server-rendered, so UTC avoids guessing the viewer's zone. */
export function formatUtcTime(iso: string | null): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  return `${date.toISOString().slice(11, 19)} UTC`;
}

/** How long until a rate-limit window resets, relative to when the probe saw it. */
export function describeReset(resetAt: string | null, observedAt: string): string {
  if (!resetAt) return "unknown";
  const seconds = Math.ceil((new Date(resetAt).getTime() - new Date(observedAt).getTime()) / 1000);
  if (Number.isNaN(seconds)) return "unknown";
  if (seconds <= 0) return "now";
  if (seconds < 90) return `in ${seconds} s`;
  return `in ${Math.round(seconds / 60)} min`;
}

/** Share of the per-minute budget already used, 0–100, or null when the headers were missing. */
export function budgetUsedPercent(limit: number | null, remaining: number | null): number | null {
  if (limit === null || remaining === null || limit <= 0) return null;
  const used = ((limit - remaining) / limit) * 100;
  return Math.min(100, Math.max(0, used));
}

export const KEY_LABELS: Record<KeyProbeDto["key"], { title: string; env: string; purpose: string }> = {
  compliance_access_key: {
    title: "Compliance access key",
    env: "COMPLIANCE_ACCESS_KEY",
    purpose: "Reads chats, files, projects, sessions and the directory for investigations.",
  },
  admin: {
    title: "Admin API key",
    env: "COMPLIANCE_ADMIN_KEY",
    purpose: "Optional. Reads the Activity Feed only.",
  },
};

/** What each documented scope unlocks, in the words an analyst would use. Unknown scopes pass through. */
const SCOPE_SUMMARIES: Record<string, string> = {
  "read:compliance_activities": "Activity Feed",
  "read:compliance_user_data": "Chats, files, projects, sessions, users",
  "delete:compliance_user_data": "Hard-delete content",
  "read:compliance_org_data": "Organizations, roles, groups, settings",
  "read:org_audit": "Every read endpoint",
};

export function describeScope(scope: string): string | null {
  return SCOPE_SUMMARIES[scope] ?? null;
}

/** Orders probe rows so the access key always comes first, and fills in rows the probe did not return. */
export function keyRows(keys: KeyProbeDto[]): KeyProbeDto[] {
  const order: KeyProbeDto["key"][] = ["compliance_access_key", "admin"];
  return order.map(
    (name) =>
      keys.find((k) => k.key === name) ?? {
        key: name,
        configured: false,
        ok: false,
        scopes: [],
        reachable: [],
        error: null,
      },
  );
}
