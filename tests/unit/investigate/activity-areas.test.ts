import { describe, expect, it } from "vitest";
import { ACTIVITY_TYPES, activityAreaLabel, activityAreaOf, groupActivityTypes } from "@/lib/schemas/investigate";
import { AREA_RULES } from "@/lib/schemas/investigate/activity-area-table";
import { LEGACY_AREAS } from "@/lib/schemas/investigate/activity-selection";

describe("activity areas", () => {
  it("puts every known type in exactly one named area (none in Other)", () => {
    const areas = groupActivityTypes();
    const listed = areas.flatMap((a) => a.types);
    expect(ACTIVITY_TYPES).toHaveLength(483);
    expect(listed).toHaveLength(ACTIVITY_TYPES.length);
    expect(new Set(listed)).toEqual(new Set(ACTIVITY_TYPES));
    expect(areas.map((a) => a.id)).not.toContain("other");
    for (const area of areas) expect(area.types.length, area.id).toBeGreaterThan(0);
    // Every area of the table is reached by some known type: none is listed empty, none is dead weight.
    expect(areas.map((a) => a.id)).toEqual(AREA_RULES.map((a) => a.id));
  });

  it("has unique ids and labels, and no prefix claimed by two areas", () => {
    const labels = AREA_RULES.map((a) => a.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(AREA_RULES.map((a) => a.id)).size).toBe(AREA_RULES.length);
    const prefixes = AREA_RULES.flatMap((a) => a.prefixes);
    expect(prefixes.filter((p, i) => prefixes.indexOf(p) !== i)).toEqual([]);
    // No label is a raw prefix turned into a word ("Ghe", "Lti", "Step").
    for (const label of labels) expect(label, label).not.toMatch(/^(Ghe|Lti|Step|Tunnel|Organization|Other)$/);
  });

  it("groups as an analyst looks for things", () => {
    const expected: Record<string, string[]> = {
      sign_in: ["sso_login_failed", "magic_link_login_succeeded", "step_up_authentication_failed", "user_logged_out"],
      keys: ["api_key_created", "admin_api_key_created", "scoped_api_key_deleted", "platform_api_key_created"],
      claude_chat: ["claude_chat_created", "claude_chat_deleted"],
      claude_file: ["claude_file_uploaded"],
      claude_project: ["claude_project_document_viewed"],
      exports: ["org_data_export_started", "audit_log_export_started", "org_members_exported"],
      users: ["org_user_invite_sent", "scim_user_created", "claude_user_role_updated", "org_users_listed"],
      org_settings: ["org_sso_toggled", "org_ip_restriction_created", "organization_icon_updated"],
      claude_code: ["claude_code_user_settings_updated", "org_claude_code_zero_data_retention_disabled"],
      cowork: ["org_cowork_enabled", "cowork_session_updated"],
      integrations: ["ghe_user_connected", "lti_launch_initiated", "tunnel_token_revealed", "mcp_server_created"],
      compliance_api: ["compliance_api_accessed"],
    };
    for (const [area, types] of Object.entries(expected))
      for (const type of types) expect(activityAreaOf(type), type).toBe(area);
  });

  it("files a type the upstream adds later by its longest known prefix, else under Other", () => {
    expect(activityAreaOf("claude_chat_brand_new_event")).toBe("claude_chat");
    expect(activityAreaOf("org_cowork_new_toggle_enabled")).toBe("cowork");
    expect(activityAreaOf("org_brand_new_setting_updated")).toBe("org_settings");
    expect(activityAreaOf("something_never_seen")).toBe("other");
    expect(activityAreaLabel("other")).toBe("Other");
    expect(activityAreaLabel("claude_chat")).toBe("Chats");
  });

  it("keeps every old area id, standing for exactly the types it stood for", () => {
    expect(LEGACY_AREAS.get("sso")).toEqual([
      "sso_login_failed",
      "sso_login_initiated",
      "sso_login_succeeded",
      "sso_second_factor_magic_link",
    ]);
    expect(LEGACY_AREAS.get("ghe")).toHaveLength(6);
    expect(LEGACY_AREAS.get("org")).toHaveLength(95);
    expect(LEGACY_AREAS.get("other")).toContain("age_verified");
    // Ids today's table kept are today's areas, not legacy ones.
    expect(LEGACY_AREAS.has("claude_chat")).toBe(false);
    const old = [...LEGACY_AREAS.values()].flat();
    expect(new Set(old).size).toBe(old.length);
  });
});
