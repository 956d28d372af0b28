import { iso } from "../data/time";
import { orgIndexOf, userById, userRecord, type Directory, type UserRow } from "./directory";
import type { DirectoryChange, Json, Rec } from "./types";

/**
 * Applies one membership-review change to the directory and describes the activities it produces.
 * Throws on bad input (unknown org/user/group/role, duplicates) so `POST /_sim/directory` can answer 400.
 */
export function applyDirectoryChange(
  dir: Directory,
  change: DirectoryChange,
  nowMs: number,
): { record: Rec; activities: Rec[] } {
  const out = run(dir, change, nowMs);
  dir.version++;
  return out;
}

function run(dir: Directory, change: DirectoryChange, nowMs: number): { record: Rec; activities: Rec[] } {
  switch (change.op) {
    case "add_group_member": {
      const group = needGroup(dir, change.group_id);
      const user = needUser(dir, change.user_id);
      if (group.members.some((m) => m.userId === user.id))
        throw new Error(`user ${user.id} is already a member of ${group.id}`);
      group.members.push({ userId: user.id, createdMs: nowMs });
      group.updatedMs = nowMs;
      const record = { user_id: user.id, email: user.email, created_at: iso(nowMs), updated_at: iso(nowMs) };
      return {
        record,
        activities: [orgEvent(dir, user.org, "group_member_added", { group_id: group.id, user_id: user.id })],
      };
    }
    case "remove_group_member": {
      const group = needGroup(dir, change.group_id);
      const at = group.members.findIndex((m) => m.userId === change.user_id);
      if (at < 0) throw new Error(`user ${change.user_id} is not a member of ${group.id}`);
      const [removed] = group.members.splice(at, 1);
      group.updatedMs = nowMs;
      const user = userById(dir, removed.userId);
      const record = {
        user_id: removed.userId,
        email: user?.email ?? "",
        created_at: iso(removed.createdMs),
        updated_at: iso(nowMs),
      };
      return {
        record,
        activities: [
          orgEvent(dir, user?.org ?? 0, "group_member_removed", { group_id: group.id, user_id: removed.userId }),
        ],
      };
    }
    case "add_user": {
      const org = needOrg(dir, change.organization_uuid);
      const email = change.email.trim().toLowerCase();
      if (dir.users.some((u) => !u.removed && u.email === email))
        throw new Error(`a user with email ${email} already exists`);
      const index = dir.users.length;
      const user: UserRow = {
        index,
        id: dir.userCodec.make(index),
        fullName: change.full_name,
        email,
        createdMs: nowMs,
        role: change.organization_role ?? "user",
        org,
        removed: false,
      };
      dir.users.push(user);
      return {
        record: userRecord(user),
        activities: [
          orgEvent(dir, org, "org_user_invite_sent", { invited_email: email, organization_role: user.role }),
          orgEvent(dir, org, "org_user_invite_accepted", { user_id: user.id, invited_email: email }, user),
        ],
      };
    }
    case "remove_user": {
      const org = needOrg(dir, change.organization_uuid);
      const user = needUser(dir, change.user_id);
      if (user.org !== org)
        throw new Error(`user ${user.id} is not a member of organization ${change.organization_uuid}`);
      user.removed = true;
      // Deprovisioning also drops group memberships, as SCIM would.
      for (const g of dir.groups) {
        const before = g.members.length;
        g.members = g.members.filter((m) => m.userId !== user.id);
        if (g.members.length !== before) g.updatedMs = nowMs;
      }
      return {
        record: userRecord(user),
        activities: [orgEvent(dir, org, "org_user_deleted", { user_id: user.id, email_address: user.email })],
      };
    }
    case "set_user_role": {
      const org = needOrg(dir, change.organization_uuid);
      const user = needUser(dir, change.user_id);
      if (user.org !== org)
        throw new Error(`user ${user.id} is not a member of organization ${change.organization_uuid}`);
      const previous = user.role;
      user.role = change.organization_role;
      return {
        record: userRecord(user),
        activities: [
          orgEvent(dir, org, "rbac_role_assigned", {
            user_id: user.id,
            organization_role: user.role,
            previous_organization_role: previous,
          }),
        ],
      };
    }
    case "add_role_permission": {
      const org = needOrg(dir, change.organization_uuid);
      const role = needRole(dir, org, change.role_id);
      const p = change.permission;
      const fields = ["resource_type", "resource_id", "action"] as const;
      for (const f of fields)
        if (typeof p[f] !== "string" || p[f] === "") throw new Error(`permission.${f} must be a non-empty string`);
      if (role.permissions.some((q) => fields.every((f) => q[f] === p[f])))
        throw new Error("the role already has this permission");
      const permission: Rec = { ...p };
      role.permissions.push(permission);
      return {
        record: permission,
        activities: [orgEvent(dir, org, "rbac_role_permission_added", { rbac_role_id: role.id, ...pick(permission) })],
      };
    }
    case "remove_role_permission": {
      const org = needOrg(dir, change.organization_uuid);
      const role = needRole(dir, org, change.role_id);
      const at = role.permissions.findIndex(
        (q) => q.resource_type === change.resource_type && q.action === change.action,
      );
      if (at < 0) throw new Error(`role ${role.id} has no ${change.resource_type}/${change.action} permission`);
      const [permission] = role.permissions.splice(at, 1);
      return {
        record: permission,
        activities: [
          orgEvent(dir, org, "rbac_role_permission_removed", { rbac_role_id: role.id, ...pick(permission) }),
        ],
      };
    }
  }
}

const pick = (p: Rec): Rec => ({
  resource_type: p.resource_type ?? null,
  resource_id: p.resource_id ?? null,
  action: p.action ?? null,
});

/** An activity of an org, performed by its first admin (or by `actor` itself, e.g. an invite acceptance). */
function orgEvent(dir: Directory, org: number, type: string, fields: Record<string, Json>, actor?: UserRow): Rec {
  const who =
    actor ?? dir.users.find((u) => u.org === org && !u.removed && ["primary_owner", "owner", "admin"].includes(u.role));
  return {
    type,
    organization_id: dir.orgs[org].tagged,
    organization_uuid: dir.orgs[org].uuid,
    actor: who
      ? {
          type: "user_actor",
          user_id: who.id,
          email_address: who.email,
          ip_address: "10.0.0.12",
          user_agent: "Mozilla/5.0 (Custody simulator)",
        }
      : { type: "system_actor", service: "directory" },
    ...fields,
  };
}

function needOrg(dir: Directory, uuid: string): number {
  const org = orgIndexOf(dir, uuid);
  if (org < 0) throw new Error(`unknown organization ${uuid}`);
  return org;
}

function needUser(dir: Directory, userId: string): UserRow {
  const u = userById(dir, userId);
  if (!u || u.removed) throw new Error(`unknown user ${userId}`);
  return u;
}

function needGroup(dir: Directory, groupId: string) {
  const g = dir.groups.find((x) => x.id === groupId);
  if (!g) throw new Error(`unknown group ${groupId}`);
  return g;
}

function needRole(dir: Directory, org: number, roleId: string) {
  const r = dir.roles.find((x) => x.id === roleId && x.org === org);
  if (!r) throw new Error(`unknown role ${roleId} in this organization`);
  return r;
}
