import { idCodec, indexOfId, seededUuid } from "../data/ids";
import { DEMO_PEOPLE, emailOf, largePerson, type Person } from "../data/people";
import { rngFor } from "../data/prng";
import { DAY, HOUR, iso, isoWithoutOffset } from "../data/time";
import type { Rec } from "./types";
import type { World } from "./world";

/**
 * The directory: organizations, users, RBAC roles and groups. Small enough to hold in memory even in
 * the large profile (5,000 users), and mutable through `changeDirectory`.
 */

export interface OrgRow {
  uuid: string;
  tagged: string;
  name: string;
  createdMs: number;
}
export interface UserRow {
  index: number;
  id: string;
  fullName: string;
  email: string;
  createdMs: number;
  role: string;
  org: number;
  removed: boolean;
}
export interface RoleRow {
  id: string;
  org: number;
  name: string;
  description: string;
  createdMs: number;
  createdAt: string;
  permissions: Rec[];
}
export interface MemberRow {
  userId: string;
  createdMs: number;
}
export interface GroupRow {
  id: string;
  name: string;
  description: string;
  sourceType: "direct" | "scim";
  roleIds: string[];
  createdMs: number;
  createdAt: string;
  updatedMs: number;
  members: MemberRow[];
}

export interface Directory {
  orgs: OrgRow[];
  users: UserRow[];
  roles: RoleRow[];
  groups: GroupRow[];
  userCodec: ReturnType<typeof idCodec>;
  /** Bumped on every change so cached views can be rebuilt. */
  version: number;
}

export const PARENT_NAME = "Westeros Inc";
const LINKED_NAME = "Essos Trading Co";

const ROLE_DEFS: readonly { org: number; name: string; description: string; perms: [string, string][] }[] = [
  {
    org: 0,
    name: "Legal Hold Reviewers",
    description: "Reviews custodians under legal hold",
    perms: [
      ["compliance_export", "read"],
      ["chat", "read"],
      ["project", "read"],
    ],
  },
  {
    org: 0,
    name: "Engineering",
    description: "Builds and runs the ravens platform",
    perms: [
      ["project", "write"],
      ["code_artifact", "read"],
    ],
  },
  {
    org: 0,
    name: "Finance Analysts",
    description: "Ledger and Iron Bank reporting",
    perms: [
      ["project", "read"],
      ["file", "read"],
    ],
  },
  {
    org: 0,
    name: "Small Council",
    description: "Executives of the realm",
    perms: [
      ["organization", "manage_members"],
      ["organization", "manage_settings"],
      ["project", "admin"],
    ],
  },
  {
    org: 1,
    name: "Traders",
    description: "Essos market desk",
    perms: [
      ["project", "write"],
      ["chat", "read"],
    ],
  },
  {
    org: 1,
    name: "Compliance Officers",
    description: "Essos compliance",
    perms: [
      ["compliance_export", "read"],
      ["organization", "manage_members"],
    ],
  },
];

const GROUP_DEFS: readonly {
  name: string;
  description: string;
  source: "direct" | "scim";
  roles: number[];
  pick: (u: UserRow, n: number) => boolean;
}[] = [
  {
    name: "Small Council",
    description: "Council members",
    source: "direct",
    roles: [3],
    pick: (u) => ["owner", "primary_owner", "admin"].includes(u.role),
  },
  {
    name: "Night's Watch",
    description: "Synced from Okta",
    source: "scim",
    roles: [1],
    pick: (u, n) => u.org === 0 && n % 3 === 0,
  },
  {
    name: "Kingsguard",
    description: "Synced from Okta",
    source: "scim",
    roles: [0],
    pick: (u, n) => u.org === 0 && n % 4 === 1,
  },
  {
    name: "Maesters",
    description: "Research and records",
    source: "direct",
    roles: [2],
    pick: (u, n) => u.org === 0 && n % 5 === 2,
  },
  { name: "Essos Traders", description: "Synced from Azure AD", source: "scim", roles: [4], pick: (u) => u.org === 1 },
  {
    name: "All Westeros",
    description: "Everyone in the parent org",
    source: "scim",
    roles: [],
    pick: (u) => u.org === 0,
  },
  {
    name: "Compliance Desk",
    description: "Hand-picked reviewers",
    source: "direct",
    roles: [0, 5],
    pick: (_u, n) => n % 7 === 3,
  },
];

export function buildDirectory(world: World): Directory {
  const { seed, startMs } = world;
  const orgs: OrgRow[] = [PARENT_NAME, LINKED_NAME].map((name, i) => {
    const uuid = seededUuid(seed, `org:${i}`);
    return {
      uuid,
      tagged: `org_${uuid.replace(/-/g, "").slice(0, 24)}`,
      name,
      createdMs: startMs - (800 - 400 * i) * DAY + i * HOUR,
    };
  });
  const userCodec = idCodec(seed, "user_", "user");
  const people: Person[] =
    world.profile === "demo" ? [...DEMO_PEOPLE] : Array.from({ length: 5000 }, (_, u) => largePerson(u));
  const users = people.map((person, u): UserRow => {
    const org = orgs[person.org];
    const r = rngFor(seed, "user-join", u);
    // Join dates grow with the index inside each org (so both orders agree); a few demo users joined
    // during the history window, which gives the feed invite activities.
    const lateJoiner = world.profile === "demo" && ["Meera", "Gendry", "Viserys"].includes(person.first);
    const span = startMs - org.createdMs - 2 * DAY;
    const createdMs = lateJoiner
      ? startMs + (10 + u) * DAY + r.int(HOUR)
      : org.createdMs + Math.floor((span * (u + r.next() * 0.5)) / people.length);
    const n = world.profile === "large" ? u : undefined;
    return {
      index: u,
      id: userCodec.make(u),
      fullName: `${person.first} ${person.last}`,
      email: emailOf(person.first, person.last, n),
      createdMs,
      role: person.role,
      org: person.org,
      removed: false,
    };
  });
  const roles = ROLE_DEFS.map((def, i): RoleRow => {
    const createdMs = orgs[def.org].createdMs + (i + 1) * 3 * DAY + rngFor(seed, "role", i).int(DAY);
    const permissions = def.perms.map(([resource_type, action], k): Rec => ({
      resource_type,
      resource_id: k === 0 ? "*" : orgs[def.org].uuid,
      action,
    }));
    // Two roles use the documented offset-less form so clients must parse leniently (reference §1.3).
    const createdAt = i % 3 === 1 ? isoWithoutOffset(createdMs, 456 + i) : iso(createdMs);
    return {
      id: idCodec(seed, "rbac_role_", "role").make(i),
      org: def.org,
      name: def.name,
      description: def.description,
      createdMs,
      createdAt,
      permissions,
    };
  });
  const groups = GROUP_DEFS.map((def, i): GroupRow => {
    const createdMs = orgs[0].createdMs + (i + 2) * 5 * DAY + rngFor(seed, "group", i).int(DAY);
    const members = users
      .filter((u) => def.pick(u, u.index))
      .map((u) => ({ userId: u.id, createdMs: Math.max(createdMs, u.createdMs) + HOUR }));
    return {
      id: idCodec(seed, "rbac_group_", "group").make(i),
      name: def.name,
      description: def.description,
      sourceType: def.source,
      roleIds: def.roles.map((r) => roles[r].id),
      createdMs,
      createdAt: i % 3 === 2 ? isoWithoutOffset(createdMs, 123 + i) : iso(createdMs),
      updatedMs: Math.max(createdMs, ...members.map((m) => m.createdMs)),
      members,
    };
  });
  return { orgs, users, roles, groups, userCodec, version: 0 };
}

export function orgIndexOf(dir: Directory, orgUuid: string): number {
  return dir.orgs.findIndex((o) => o.uuid === orgUuid);
}

export function userById(dir: Directory, userId: string): UserRow | undefined {
  const u = indexOfId(dir.userCodec, userId, dir.users.length);
  const row = u === undefined ? undefined : dir.users[u];
  return row && row.id === userId ? row : undefined;
}

export function userRecord(u: UserRow): Rec {
  return { id: u.id, full_name: u.fullName, email: u.email, created_at: iso(u.createdMs), organization_role: u.role };
}

export function roleRecord(r: RoleRow): Rec {
  return { id: r.id, name: r.name, description: r.description, created_at: r.createdAt, updated_at: r.createdAt };
}

export function groupRecord(g: GroupRow): Rec {
  const updated = g.updatedMs === g.createdMs ? g.createdAt : iso(g.updatedMs);
  return {
    id: g.id,
    name: g.name,
    description: g.description,
    source_type: g.sourceType,
    roles: [...g.roleIds],
    created_at: g.createdAt,
    updated_at: updated,
  };
}
