import { DAY, iso } from "../data/time";
import { ORG_API_KEY_IDS } from "./activity-events";
import type { Directory } from "./directory";
import type { Rec } from "./types";
import type { World } from "./world";

/**
 * Effective settings (O6), one record per org, covering all five setting variants. The optional
 * `type` tags are present on some entries and absent on others, as the reference allows both.
 * `api_keys` lists two plausible compliance keys (ids and names only; the store never sees secrets).
 */
export function settingsRecord(world: World, dir: Directory, org: number): Rec {
  const o = dir.orgs[org];
  const admin = dir.users.find((u) => u.org === org && ["primary_owner", "owner", "admin"].includes(u.role));
  const parent = org === 0;
  return {
    type: "effective_organization_settings",
    organization_id: o.uuid,
    api_keys: [
      {
        id: ORG_API_KEY_IDS[org],
        created_at: iso(world.startMs + (1 + org) * DAY),
        created_by_id: admin?.id ?? null,
        is_active: true,
        name: "Compliance export",
        scopes: [
          "read:compliance_activities",
          "read:compliance_user_data",
          "read:compliance_org_data",
          "delete:compliance_user_data",
        ],
        type: "compliance_api_key",
      },
      {
        id: `${ORG_API_KEY_IDS[org]}ro`,
        created_at: iso(world.startMs + (3 + org) * DAY),
        created_by_id: null,
        is_active: parent,
        name: "DLP read-only",
        scopes: ["read:compliance_activities", "read:compliance_user_data"],
      },
    ],
    settings: [
      { type: "boolean", name: "sso_enabled", value: true },
      { type: "boolean", name: "sso_claude_ai_enforced", value: parent },
      { name: "directory_sync_enabled", value: true },
      { type: "boolean", name: "code_execution_enabled", value: true },
      { type: "boolean", name: "code_execution_network_egress_enabled", value: !parent },
      { type: "boolean", name: "ip_allowlist_enabled", value: parent },
      { type: "boolean", name: "claude_ai_feedback_collection_enabled", value: false },
      { type: "integer", name: "account_session_duration_seconds", value: parent ? 43200 : null },
      {
        type: "string_list",
        name: "allowed_invite_domains",
        value: parent ? ["westeros.inc"] : ["westeros.inc", "essos.trade"],
      },
      { name: "ip_allowlist_ip_ranges", value: parent ? ["10.0.0.0/8", "203.0.113.0/24"] : [] },
      { type: "provisioning_mode", name: "sso_provisioning_mode", value: parent ? "scim_advanced" : "jit_permissive" },
      parent
        ? {
            type: "data_retention",
            name: "data_retention_periods",
            value: { all: { type: "fixed", duration: 24, timescale: "month" } },
          }
        : {
            value: {
              chats: { type: "fixed", duration: 90, timescale: "day" },
              projects: { type: "indefinite" },
              files: { duration: 6, timescale: "month" },
            },
          },
    ],
  };
}
