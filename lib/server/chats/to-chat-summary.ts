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

/** Names the chats' projects (one cached P2 per project); a project that can't be read keeps `projectName: null`. */
export async function withProjectNames(client: ComplianceClient, chats: ChatSummaryDto[]): Promise<ChatSummaryDto[]> {
  const ids = chats.flatMap((c) => (c.projectId ? [c.projectId] : []));
  if (ids.length === 0) return chats;
  const names = await projectNamesFor(client).resolve(ids);
  return chats.map((c) => (c.projectId ? { ...c, projectName: names.get(c.projectId) ?? null } : c));
}
