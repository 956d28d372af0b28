import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import { planCustodianBatches, type ComplianceClient, type UpstreamProjectCollaborator } from "@/lib/compliance";
import { PROJECT_LIST_CAP, type ChatSummaryDto, type ProjectChatsDto } from "@/lib/schemas/investigate";
import { audited, custodianTargets } from "@/lib/server/audit/audited";
import { directoryCacheFor } from "../directory-cache/directory-cache";
import type { DirectorySnapshot } from "../directory-cache/load-directory";
import { readUpTo } from "@/lib/server/upstream/read-up-to";
import { toChatSummary } from "../chats/to-chat-summary";

/** Per-user C1 requests one listing may spend (10 users each): bounds the cost of a project shared org-wide. */
export const MAX_PROJECT_CHAT_BATCHES = 20;

/**
 * The chats of one project. C1 filters by project only together with `user_ids[]` (reference §5.8), so the people
 * who can have chats in it are asked, most likely first: the owner, named collaborators, members of collaborating
 * groups, then everyone in a collaborating organization or organization role. It stops once P2's `chats_count` is
 * found or after MAX_PROJECT_CHAT_BATCHES requests, and says how many it found of how many. Audited `chat.list` with
 * the project and the custodians whose chats were listed.
 */
export async function listProjectChats({
  client,
  audit,
  input,
}: OperationCall<{ projectId: string }>): Promise<ProjectChatsDto> {
  const directory = directoryCacheFor(client);
  const { projectId } = input;
  return audited(
    audit,
    {
      action: "chat.list",
      targets: [{ type: "project", id: projectId }],
      details: { projectId },
      after: (r) => ({
        targets: custodianTargets([...new Set(r.items.flatMap((c) => (c.custodian ? [c.custodian.id] : [])))]),
        details: { count: r.items.length, chatsCount: r.chatsCount, usersSearched: r.usersSearched },
      }),
    },
    async () => {
      const [project, collaborators, dir] = await Promise.all([
        client.projects.get(projectId),
        readUpTo(client.projects.iterateCollaborators(projectId, { limit: 100 }), PROJECT_LIST_CAP),
        directory.get(),
      ]);
      const candidates = await candidateUsers(client, dir, project.user?.id ?? null, collaborators.items);
      const expected = project.chats_count ?? null;
      const found = new Map<string, ChatSummaryDto>();
      let usersSearched = 0;
      const batches = planCustodianBatches(candidates);
      for (const batch of batches.slice(0, MAX_PROJECT_CHAT_BATCHES)) {
        if (expected !== null && found.size >= expected) break;
        const chats = await client.chats.iterate({ userIds: batch, projectIds: [projectId], limit: 1000 }).toArray();
        for (const c of chats) found.set(c.id, { ...toChatSummary(c), projectName: project.name });
        usersSearched += batch.length;
      }
      const items = [...found.values()].sort(
        (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      );
      return {
        items,
        chatsCount: expected,
        usersSearched,
        candidates: candidates.length,
        isComplete: expected !== null ? items.length >= expected : usersSearched === candidates.length,
      };
    },
  );
}

/** Everyone who may have chats in the project, most likely first, each once. */
async function candidateUsers(
  client: ComplianceClient,
  dir: DirectorySnapshot,
  ownerId: string | null,
  collaborators: UpstreamProjectCollaborator[],
): Promise<string[]> {
  const ids = new Set<string>(ownerId ? [ownerId] : []);
  for (const c of collaborators) if (c.type === "user" && c.user_id) ids.add(c.user_id);
  const groups = collaborators.flatMap((c) => (c.type === "group" && c.group_id ? [c.group_id] : []));
  const members = await client.mapConcurrent(groups, (id) =>
    client.groups
      .iterateMembers(id, { limit: 1000 })
      .toArray()
      .catch(() => []),
  );
  for (const m of members.flat()) ids.add(m.user_id);
  for (const c of collaborators) {
    if (c.type === "organization" && c.organization_uuid)
      for (const u of dir.entries) if (u.organizationUuid === c.organization_uuid) ids.add(u.id);
    if (c.type === "organization_role" && c.organization_role)
      for (const u of dir.entries) if (u.role === c.organization_role) ids.add(u.id);
  }
  return [...ids];
}
