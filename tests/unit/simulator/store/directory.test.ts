import { describe, expect, it } from "vitest";
import { all, demoStore, str } from "./helpers";

const orgUuids = (s: ReturnType<typeof demoStore>) => s.organizations().map((o) => String(o.uuid));

describe("directory", () => {
  it("has Westeros Inc and a linked org, ~40 users with first.last@westeros.inc emails and varied roles", () => {
    const s = demoStore();
    expect(s.organizations().map((o) => o.name)).toEqual(["Westeros Inc", "Essos Trading Co"]);
    expect(s.parentName).toBe("Westeros Inc");
    for (const uuid of orgUuids(s))
      expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const users = orgUuids(s).flatMap((o) => all(s.users(o)));
    expect(users.length).toBe(40);
    expect(users.map((u) => u.email)).toEqual(
      expect.arrayContaining(["jon.snow@westeros.inc", "arya.stark@westeros.inc", "daenerys.targaryen@westeros.inc"]),
    );
    for (const u of users) expect(str(u, "email")).toMatch(/^[a-z]+\.[a-z]+@westeros\.inc$/);
    expect(new Set(users.map((u) => u.organization_role)).size).toBeGreaterThanOrEqual(6);
    expect(s.users("not-an-org")).toBeUndefined();
  });

  it("has roles with permissions, scim and direct groups with members, and settings of all five kinds", () => {
    const s = demoStore();
    const [parent] = orgUuids(s);
    const roles = all(s.roles(parent));
    expect(roles.length).toBeGreaterThan(0);
    const perms = all(s.rolePermissions(parent, str(roles[0], "id")));
    expect(perms[0]).toEqual({
      resource_type: expect.any(String),
      resource_id: expect.any(String),
      action: expect.any(String),
    });
    const stamps = [...roles, ...all(s.groups())].map((r) => str(r, "created_at"));
    expect(stamps.some((t) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/.test(t))).toBe(true); // offset-less form
    const groups = all(s.groups());
    expect(new Set(groups.map((g) => g.source_type))).toEqual(new Set(["scim", "direct"]));
    expect(all(s.groupMembers(str(groups[0], "id"))).length).toBeGreaterThan(0);
    const settings = s.settings(parent);
    const kinds = new Set((Array.isArray(settings?.settings) ? settings.settings : []).map((x) => JSON.stringify(x)));
    for (const needle of [
      '"value":true',
      "account_session_duration_seconds",
      "allowed_invite_domains",
      "sso_provisioning_mode",
      "data_retention",
    ]) {
      expect(
        [...kinds].some((k) => k.includes(needle)),
        needle,
      ).toBe(true);
    }
    expect(settings?.organization_id).toBe(parent);
    expect(JSON.stringify(settings?.api_keys)).not.toContain("sk-ant");
    expect(s.settings("nope")).toBeUndefined();
  });

  it("applies membership changes and records matching activities", () => {
    const s = demoStore();
    const [parent] = orgUuids(s);
    const group = all(s.groups())[0];
    const outsider = all(s.users(parent)).find(
      (u) => !all(s.groupMembers(str(group, "id"))).some((m) => m.user_id === u.id),
    );
    const before = s.activities().size;

    s.changeDirectory({ op: "add_group_member", group_id: str(group, "id"), user_id: str(outsider ?? {}, "id") });
    expect(all(s.groupMembers(str(group, "id"))).map((m) => m.user_id)).toContain(outsider?.id);
    expect(() =>
      s.changeDirectory({ op: "add_group_member", group_id: str(group, "id"), user_id: str(outsider ?? {}, "id") }),
    ).toThrow();
    s.changeDirectory({ op: "remove_group_member", group_id: str(group, "id"), user_id: str(outsider ?? {}, "id") });
    expect(all(s.groupMembers(str(group, "id"))).map((m) => m.user_id)).not.toContain(outsider?.id);

    const added = s.changeDirectory({
      op: "add_user",
      organization_uuid: parent,
      full_name: "Hot Pie",
      email: "hot.pie@westeros.inc",
    });
    expect(all(s.users(parent)).map((u) => u.id)).toContain(added.id);
    expect(() =>
      s.changeDirectory({
        op: "add_user",
        organization_uuid: parent,
        full_name: "Jon",
        email: "jon.snow@westeros.inc",
      }),
    ).toThrow(/exists/);
    s.changeDirectory({
      op: "set_user_role",
      organization_uuid: parent,
      user_id: str(added, "id"),
      organization_role: "admin",
    });
    expect(all(s.users(parent)).find((u) => u.id === added.id)?.organization_role).toBe("admin");
    s.changeDirectory({ op: "remove_user", organization_uuid: parent, user_id: str(added, "id") });
    expect(all(s.users(parent)).map((u) => u.id)).not.toContain(added.id);

    const role = str(all(s.roles(parent))[0], "id");
    const permission = { resource_type: "project", resource_id: "*", action: "delete" };
    s.changeDirectory({ op: "add_role_permission", organization_uuid: parent, role_id: role, permission });
    expect(all(s.rolePermissions(parent, role))).toContainEqual(permission);
    s.changeDirectory({
      op: "remove_role_permission",
      organization_uuid: parent,
      role_id: role,
      resource_type: "project",
      action: "delete",
    });
    expect(all(s.rolePermissions(parent, role))).not.toContainEqual(permission);
    expect(() => s.changeDirectory({ op: "remove_user", organization_uuid: "nope", user_id: "user_x" })).toThrow(
      /unknown organization/,
    );

    const fresh = all(s.activities())
      .slice(before)
      .map((a) => a.type);
    expect(fresh).toEqual([
      "group_member_added",
      "group_member_removed",
      "org_user_invite_sent",
      "org_user_invite_accepted",
      "rbac_role_assigned",
      "org_user_deleted",
      "rbac_role_permission_added",
      "rbac_role_permission_removed",
    ]);
  });
});
