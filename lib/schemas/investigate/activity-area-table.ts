// The areas of the event-type picker, in the order a security analyst reads them: who signed in and with which
// keys, what they did with content, who changed the organization, then each product. Each area lists the prefixes
// of its types (a prefix matches a type equal to it or starting with it and "_"; a full type name is the longest
// prefix of itself). The longest matching prefix decides a type's area, so `org_cowork_enabled` is Cowork while
// `org_domain_verified` is org settings, and a type the upstream adds later with a known prefix lands in the right
// area by itself. A unit test checks that every known type has an area and that no prefix is listed twice.
//
// Area ids are what the page's URL keeps (`area=claude_chat`): the ids of the earlier prefix grouping are kept
// where the area still means the same thing (chats, files, projects, artifacts, Claude Code, Design, the access
// log); the others are new, and the old ones are read through activity-areas-legacy.ts.

export type AreaRule = { id: string; label: string; prefixes: readonly string[] };

export const AREA_RULES: readonly AreaRule[] = [
  {
    id: "sign_in",
    label: "Sign-in & authentication",
    prefixes: [
      "sso",
      "magic_link_login",
      "social_login_succeeded",
      "anonymous_mobile_login_attempted",
      "user_logged_out",
      "session_revoked",
      "step_up",
      "trusted_device",
      "org_user_trusted_devices_revoked",
      "platform_app_attest_authentication",
      "platform_federated_authentication",
    ],
  },
  {
    id: "keys",
    label: "API keys & credentials",
    prefixes: [
      "api_key",
      "admin_api_key",
      "scoped_api_key",
      "service",
      "platform_api_key",
      "platform_signing_key",
      "platform_federation",
      "org_external_key",
    ],
  },
  { id: "claude_chat", label: "Chats", prefixes: ["claude_chat"] },
  { id: "claude_file", label: "Files", prefixes: ["claude_file"] },
  { id: "claude_project", label: "Projects", prefixes: ["claude_project", "owned_projects_access_restored"] },
  { id: "claude_artifact", label: "Artifacts", prefixes: ["claude_artifact", "claude_published_artifact"] },
  { id: "sharing", label: "Share links", prefixes: ["session_share", "pending_share"] },
  {
    id: "exports",
    label: "Data exports",
    prefixes: ["org_data_export", "audit_log_export", "org_members_exported"],
  },
  {
    id: "users",
    label: "Users, invites & provisioning",
    prefixes: [
      "claude_user",
      "org_user",
      "org_users_listed",
      "org_invite",
      "org_invites_listed",
      "org_member_invites",
      "org_join",
      "org_directory",
      "scim",
      "end_user_invite_requested",
      "account_deleted",
    ],
  },
  {
    id: "groups_roles",
    label: "Groups, roles & permissions",
    prefixes: ["group", "rbac", "role", "org_capability_grant"],
  },
  {
    id: "org_settings",
    label: "Admin & org settings",
    prefixes: [
      "org",
      "organization",
      "claude_organization",
      "claude_pubsec",
      "admin_request_created",
      "domain_claim_initiated",
      "managed_organization_setup_completed",
      "primary_owner_transferred",
      "inference_hooks",
    ],
  },
  { id: "claude_code", label: "Claude Code", prefixes: ["claude_code", "org_claude_code"] },
  { id: "cowork", label: "Cowork", prefixes: ["cowork", "org_cowork"] },
  { id: "cloud_agents", label: "Cloud agents & remote sessions", prefixes: ["ccr"] },
  {
    id: "integrations",
    label: "Integrations & connectors",
    prefixes: [
      "integration",
      "mcp",
      "claude_gdrive",
      "claude_github",
      "ghe",
      "github_token_import",
      "slack",
      "lti",
      "tunnel",
      "desktop_extension",
      "admin_connector_request_resolved",
      "platform_oauth_app",
    ],
  },
  {
    id: "extensions",
    label: "Skills, plugins & commands",
    prefixes: [
      "claude_skill",
      "claude_plugin",
      "claude_command",
      "marketplace",
      "cli_plugin_exec_policy_updated",
      "plugin_installation_preference_updated",
      "platform_plugin_directory_submission",
    ],
  },
  { id: "design", label: "Design projects", prefixes: ["design"] },
  { id: "console", label: "Claude Console (API platform)", prefixes: ["platform"] },
  {
    id: "billing",
    label: "Billing, seats & usage",
    prefixes: [
      "subscription",
      "seat",
      "prepaid",
      "extra_usage",
      "billing_emails_updated",
      "invoice_collection_method_updated",
      "payment_method_updated",
      "workspace",
      "claude_enterprise",
      "platform_billing",
      "platform_cost_report",
      "platform_spend_limit",
      "platform_usage_report",
    ],
  },
  {
    id: "trust",
    label: "Consent, verification & safety",
    prefixes: ["user_consent", "age_verified", "verification", "phone_code", "abuse_decision_received"],
  },
  // Every Compliance API call adds one (ours too): its own area, hidden from the feed unless asked for.
  { id: "compliance_api", label: "Compliance API access log", prefixes: ["compliance_api_accessed"] },
];

/** Where a type no prefix claims goes (a type the upstream added under a new prefix). */
export const OTHER_AREA = { id: "other", label: "Other" } as const;
