import { iso } from "../data/time";
import { arrayCollection, str } from "./collection";
import { groupRecord, orgIndexOf, roleRecord, userById, userRecord, type Directory } from "./directory";
import type { Rec, SortedCollection } from "./types";

/** Read side of the directory; collections are rebuilt only after a change (see `Directory.version`). */
export interface DirectoryViews {
  organizations(): Rec[];
  users(orgUuid: string): SortedCollection | undefined;
  roles(orgUuid: string): SortedCollection | undefined;
  role(orgUuid: string, roleId: string): Rec | undefined;
  rolePermissions(orgUuid: string, roleId: string): SortedCollection | undefined;
  groups(): SortedCollection;
  group(groupId: string): Rec | undefined;
  groupMembers(groupId: string): SortedCollection | undefined;
}

/** Sort keys must be full RFC 3339 with Z even when the record shows the offset-less form. */
export function normalisedIso(value: string): string {
  if (value === "") return value;
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(ms) ? value : iso(ms);
}

const byCreated = (r: Rec) => [normalisedIso(str(r, "created_at")), str(r, "id")] as const;

export function directoryViews(dir: Directory): DirectoryViews {
  const cache = new Map<string, { version: number; value: SortedCollection }>();
  const cached = (key: string, build: () => SortedCollection): SortedCollection => {
    const hit = cache.get(key);
    if (hit && hit.version === dir.version) return hit.value;
    const value = build();
    cache.set(key, { version: dir.version, value });
    return value;
  };
  const findRole = (orgUuid: string, roleId: string) => {
    const org = orgIndexOf(dir, orgUuid);
    return dir.roles.find((r) => r.id === roleId && r.org === org && org >= 0);
  };
  return {
    organizations: () => dir.orgs.map((o) => ({ uuid: o.uuid, name: o.name, created_at: iso(o.createdMs) })),
    users(orgUuid) {
      const org = orgIndexOf(dir, orgUuid);
      if (org < 0) return undefined;
      return cached(`users:${org}`, () =>
        arrayCollection(dir.users.filter((u) => u.org === org && !u.removed).map(userRecord), byCreated),
      );
    },
    roles(orgUuid) {
      const org = orgIndexOf(dir, orgUuid);
      if (org < 0) return undefined;
      return cached(`roles:${org}`, () =>
        arrayCollection(dir.roles.filter((r) => r.org === org).map(roleRecord), byCreated),
      );
    },
    role(orgUuid, roleId) {
      const row = findRole(orgUuid, roleId);
      return row ? roleRecord(row) : undefined;
    },
    rolePermissions(orgUuid, roleId) {
      const row = findRole(orgUuid, roleId);
      if (!row) return undefined;
      // Permissions have no timestamp; keep their defined order with a zero-padded position as the key.
      return cached(`perms:${roleId}`, () => {
        const keyed = row.permissions.map((p, i) => ({ p, k: String(i).padStart(6, "0") }));
        const keys = new Map(keyed.map(({ p, k }) => [p, k] as const));
        return arrayCollection(
          keyed.map(({ p }) => p),
          (p) => [keys.get(p) ?? "", keys.get(p) ?? ""] as const,
        );
      });
    },
    groups: () => cached("groups", () => arrayCollection(dir.groups.map(groupRecord), byCreated)),
    group(groupId) {
      const row = dir.groups.find((g) => g.id === groupId);
      return row ? groupRecord(row) : undefined;
    },
    groupMembers(groupId) {
      const row = dir.groups.find((g) => g.id === groupId);
      if (!row) return undefined;
      return cached(`members:${groupId}`, () => {
        const recs = row.members.flatMap((m): Rec[] => {
          const u = userById(dir, m.userId);
          if (!u || u.removed) return [];
          return [{ user_id: u.id, email: u.email, created_at: iso(m.createdMs), updated_at: iso(m.createdMs) }];
        });
        return arrayCollection(recs, (r) => [str(r, "created_at"), str(r, "user_id")] as const);
      });
    },
  };
}
