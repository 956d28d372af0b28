import { ACTIVITY_TYPES } from "./activity-types";

// Activity types grouped by prefix into areas ("claude_chat_created" → "claude_chat" → "Chats"), the way the
// reference groups its enum. New upstream types with a known prefix land in the right area automatically.

const LABELS: Record<string, string> = {
  claude_chat: "Chats",
  claude_file: "Files",
  claude_project: "Projects",
  claude_artifact: "Artifacts",
  claude_published: "Published artifacts",
  claude_code: "Claude Code",
  claude_command: "Commands",
  claude_skill: "Skills",
  claude_plugin: "Plugins",
  claude_gdrive: "Google Drive",
  claude_github: "GitHub",
  claude_user: "Users",
  claude_organization: "Organization settings",
  claude_enterprise: "Enterprise",
  claude_pubsec: "Public sector",
  ccr: "Cloud agents & sessions",
  compliance_api: "Compliance API",
  org: "Organization",
  platform: "Platform (Console)",
  sso: "Single sign-on",
  magic: "Magic-link sign-in",
  scim: "SCIM provisioning",
  rbac: "Roles",
  role: "Role assignments",
  group: "Groups",
  session: "Session sharing",
  admin: "Admin API keys & requests",
  api: "API keys",
  audit: "Audit log exports",
  mcp: "MCP servers",
  other: "Other",
};

/** The API's own access log: its own area, hidden by default. */
const SPECIAL: Record<string, string> = { compliance_api_accessed: "compliance_api" };

function prefixOf(type: string): string {
  const parts = type.split("_");
  return parts[0] === "claude" && parts.length > 2 ? `${parts[0]}_${parts[1]}` : parts[0];
}

const prefixCounts = new Map<string, number>();
for (const t of ACTIVITY_TYPES) prefixCounts.set(prefixOf(t), (prefixCounts.get(prefixOf(t)) ?? 0) + 1);

/** Area id of an activity type; prefixes with a single known type (and unknown prefixes) fall into "other". */
export function activityAreaOf(type: string): string {
  const special = SPECIAL[type];
  if (special) return special;
  const prefix = prefixOf(type);
  return LABELS[prefix] !== undefined || (prefixCounts.get(prefix) ?? 0) > 1 ? prefix : "other";
}

export function activityAreaLabel(area: string): string {
  const label = LABELS[area];
  if (label) return label;
  const words = area.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Known types grouped by area, areas and types alphabetical by label / name ("Other" last). */
export function groupActivityTypes(
  types: readonly string[] = ACTIVITY_TYPES,
): Array<{ id: string; label: string; types: string[] }> {
  const byArea = new Map<string, string[]>();
  for (const t of types) {
    const area = activityAreaOf(t);
    byArea.set(area, [...(byArea.get(area) ?? []), t]);
  }
  return [...byArea.entries()]
    .map(([id, list]) => ({ id, label: activityAreaLabel(id), types: [...list].sort() }))
    .sort((a, b) => (a.id === "other" ? 1 : b.id === "other" ? -1 : a.label.localeCompare(b.label)));
}
