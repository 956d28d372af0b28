import "server-only";
import { isComplianceError, type ComplianceClient, type UpstreamProject } from "@/lib/compliance";
import {
  PROJECT_LIST_BOUNDS,
  type ProjectCustodianRoleDto,
  type ProjectListDto,
  type ProjectListItemDto,
} from "@/lib/schemas/investigate";
import type { DirectoryCache } from "../directory-cache/directory-cache";
import { readUpTo } from "@/lib/server/upstream/read-up-to";
import { toProjectSummary } from "./to-project-dto";

export type FindProjectsInput = { user_ids: string[]; from: string; to: string };
type Bounds = typeof PROJECT_LIST_BOUNDS;

/**
 * The projects the custodians own, are named collaborators on, or have chats in during the window. Upstream offers
 * no single read for that (reference §5.8, §5.14): P1 filters by creator only and P5 lists collaborators per
 * project. So: P1 for their own projects that existed before the window ended, C1 for their chats in the window
 * (whose `project_id`s name the projects they worked in), P2 for each of those not owned, then P5 on each listed
 * project for the custodians among its collaborators. Every step is bounded (PROJECT_LIST_BOUNDS) and `coverage`
 * says where one stopped short.
 */
export async function findCustodianProjects(
  client: ComplianceClient,
  directory: DirectoryCache,
  input: FindProjectsInput,
  bounds: Bounds = PROJECT_LIST_BOUNDS,
): Promise<ProjectListDto> {
  const custodians = new Set(input.user_ids);
  const [owned, chats] = await Promise.all([
    readUpTo(
      client.projects.iterate({
        userIds: input.user_ids,
        createdAt: { lt: input.to },
        limit: Math.min(100, bounds.ownedProjects),
      }),
      bounds.ownedProjects,
    ),
    readUpTo(
      client.chats.iterate({
        userIds: input.user_ids,
        createdAt: { gte: input.from, lt: input.to },
        limit: Math.min(1000, bounds.chats),
      }),
      bounds.chats,
    ),
  ]);

  const chatsIn = new Map<string, number>();
  const emails = new Map<string, string>();
  for (const c of chats.items) {
    if (c.project_id) chatsIn.set(c.project_id, (chatsIn.get(c.project_id) ?? 0) + 1);
    if (c.user?.email_address) emails.set(c.user.id, c.user.email_address);
  }
  const projects = new Map<string, UpstreamProject>();
  // P1 matched these on their creator, even one whose `user` upstream no longer shows (a departed creator).
  const ownedIds = new Set<string>();
  const from = Date.parse(input.from);
  for (const p of owned.items) {
    // A project deleted before the window began was not there to work in.
    if (p.deleted_at && Date.parse(p.deleted_at) < from) continue;
    projects.set(p.id, p);
    ownedIds.add(p.id);
  }

  // Projects the chats are in that are not the custodians' own: most chats first, as many as the bound allows.
  const unread = [...chatsIn.keys()].filter((id) => !projects.has(id));
  unread.sort((a, b) => (chatsIn.get(b) ?? 0) - (chatsIn.get(a) ?? 0) || a.localeCompare(b));
  const read = await Promise.all(unread.slice(0, bounds.projectReads).map((id) => readProject(client, id)));
  for (const p of read) if (p) projects.set(p.id, p);
  for (const p of projects.values()) if (p.user?.email_address) emails.set(p.user.id, p.user.email_address);

  const ordered = [...projects.values()].sort(byRelevance(chatsIn, custodians));
  // Only other custodians can be collaborators besides the creator: a lone custodian's own project needs no read.
  const needsCheck = ordered.filter((p) => !(custodians.size === 1 && custodians.has(p.user?.id ?? "")));
  const checked = await Promise.all(
    needsCheck
      .slice(0, bounds.collaboratorChecks)
      .map(async (p) => [p.id, await custodianRoles(client, p, custodians)] as const),
  );
  const roles = new Map(checked);
  const named = await emailsOf(
    [...roles.values()].flatMap((r) => r?.map((x) => x.userId) ?? []),
    emails,
    directory,
  );

  const items = ordered.map((p): ProjectListItemDto => {
    const found = roles.get(p.id);
    const collaborators: ProjectCustodianRoleDto[] = (found ?? []).map((r) => ({
      custodian: { id: r.userId, email: named.get(r.userId) ?? null },
      role: r.role,
    }));
    return {
      ...toProjectSummary(p),
      why: {
        isOwnedByCustodian: ownedIds.has(p.id) || custodians.has(p.user?.id ?? ""),
        collaborators,
        chatsInWindow: chatsIn.get(p.id) ?? 0,
        collaboratorsChecked: found !== undefined ? found !== null : !needsCheck.includes(p),
      },
    };
  });
  return {
    items,
    coverage: {
      chatsRead: chats.items.length,
      chatsPartial: chats.more,
      ownedPartial: owned.more,
      projectsNotRead: unread.length - read.filter(Boolean).length,
      collaboratorsUnchecked: items.filter((i) => !i.why.collaboratorsChecked).length,
    },
  };
}

/** P2; a project that is gone (or out of the key's reach) since its chats were listed is left out. */
async function readProject(client: ComplianceClient, projectId: string): Promise<UpstreamProject | null> {
  try {
    return await client.projects.get(projectId);
  } catch (err) {
    if (isComplianceError(err, "not_found")) return null;
    throw err;
  }
}

/** P5: the custodians with a named role on the project, other than its creator; null when not (all) read. */
async function custodianRoles(client: ComplianceClient, project: UpstreamProject, custodians: ReadonlySet<string>) {
  try {
    const { items, more } = await readUpTo(client.projects.iterateCollaborators(project.id, { limit: 100 }), 200);
    const hits = items
      .filter((c) => c.type === "user" && c.user_id && custodians.has(c.user_id) && c.user_id !== project.user?.id)
      .map((c) => ({ userId: c.user_id as string, role: c.role }));
    return more ? null : hits;
  } catch (err) {
    if (isComplianceError(err, "not_found")) return null;
    throw err;
  }
}

/** Emails the chats and projects did not carry come from the cached directory, when it can be read. */
async function emailsOf(ids: string[], known: Map<string, string>, directory: DirectoryCache) {
  if (ids.every((id) => known.has(id))) return known;
  try {
    const dir = await directory.get();
    const out = new Map(known);
    for (const id of ids) {
      const email = dir.byId.get(id)?.email;
      if (email && !out.has(id)) out.set(id, email);
    }
    return out;
  } catch {
    return known; // the directory needs another scope; the custodian is then shown by id
  }
}

/** Most chats in the window first, then the custodians' own, then the most recently changed. */
function byRelevance(chatsIn: Map<string, number>, custodians: ReadonlySet<string>) {
  const own = (p: UpstreamProject) => (custodians.has(p.user?.id ?? "") ? 1 : 0);
  const changed = (p: UpstreamProject) => Date.parse(p.updated_at ?? p.created_at) || 0;
  return (a: UpstreamProject, b: UpstreamProject) =>
    (chatsIn.get(b.id) ?? 0) - (chatsIn.get(a.id) ?? 0) ||
    own(b) - own(a) ||
    changed(b) - changed(a) ||
    a.id.localeCompare(b.id);
}
