import { ACTIVITY_TYPES } from "./activity-types";

// The first grouping of the picker was by prefix ("sso", "org", "ghe", "step"…), and pages' URLs kept its area ids
// (`area=sso`). Links saved in case notes must keep opening the same events, so each old id still stands for
// exactly the types it stood for; the page reads them back in today's areas (activity-selection.ts). Ids the
// current table kept (claude_chat, claude_file, …) are not legacy: they name today's area.

/** Prefixes the first grouping named; any other prefix with a single type fell into "other". */
const NAMED_PREFIXES = new Set(
  "claude_chat claude_file claude_project claude_artifact claude_published claude_code claude_command claude_skill claude_plugin claude_gdrive claude_github claude_user claude_organization claude_enterprise claude_pubsec ccr compliance_api org platform sso magic scim rbac role group session admin api audit mcp".split(
    " ",
  ),
);

function firstAreaOf(type: string): string {
  if (type === "compliance_api_accessed") return "compliance_api";
  const parts = type.split("_");
  return parts[0] === "claude" && parts.length > 2 ? `${parts[0]}_${parts[1]}` : parts[0];
}

function legacyGroups(): Map<string, string[]> {
  const byPrefix = new Map<string, string[]>();
  for (const t of ACTIVITY_TYPES) byPrefix.set(firstAreaOf(t), [...(byPrefix.get(firstAreaOf(t)) ?? []), t]);
  const groups = new Map<string, string[]>();
  for (const [prefix, types] of byPrefix) {
    const id = NAMED_PREFIXES.has(prefix) || types.length > 1 ? prefix : "other";
    groups.set(id, [...(groups.get(id) ?? []), ...types]);
  }
  return groups;
}

/** Old area id → the types it stood for, for the ids `current` (today's area ids) no longer has. */
export function legacyAreas(current: ReadonlySet<string>): ReadonlyMap<string, readonly string[]> {
  return new Map([...legacyGroups()].filter(([id]) => !current.has(id)));
}
