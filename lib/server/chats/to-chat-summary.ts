import "server-only";
import { organizationUuidOf, type ComplianceClient, type UpstreamChat } from "@/lib/compliance";
import type { ChatSummaryDto } from "@/lib/schemas/investigate";
import { toUserRef } from "@/lib/server/upstream/to-refs";
import { projectNamesFor } from "../projects/project-names";

/** C1 item or C2's chat part → ChatSummaryDto; the project is named afterwards (`withProjectNames`). */
export function toChatSummary(c: UpstreamChat): ChatSummaryDto {
  return {
    id: c.id,
    name: c.name,
    custodian: toUserRef(c.user),
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    deletedAt: c.deleted_at ?? null,
    model: c.model ?? null,
    projectId: c.project_id ?? null,
    projectName: null,
    organizationUuid: organizationUuidOf(c),
  };
}

/**
 * New project names one chat list page may read (P2, 250 ms each against the shared budget); names read before are
 * served from the cache, the rest show their id until a later page or a reload has read them.
 */
export const PROJECT_NAME_READS_PER_PAGE = 25;

/** Names the chats' projects (one cached P2 per project); a project that can't be read keeps `projectName: null`. */
export async function withProjectNames(client: ComplianceClient, chats: ChatSummaryDto[]): Promise<ChatSummaryDto[]> {
  const ids = chats.flatMap((c) => (c.projectId ? [c.projectId] : []));
  if (ids.length === 0) return chats;
  const names = await projectNamesFor(client).resolve(ids, { maxReads: PROJECT_NAME_READS_PER_PAGE });
  return chats.map((c) => (c.projectId ? { ...c, projectName: names.get(c.projectId) ?? null } : c));
}
