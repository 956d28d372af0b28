import "server-only";
import { organizationUuidOf, type UpstreamChat } from "@/lib/compliance";
import type { ChatSummaryDto } from "@/lib/schemas/investigate";
import { toUserRef } from "@/lib/server/upstream/to-refs";

/** C1 item or C2's chat part → ChatSummaryDto. */
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
    organizationUuid: organizationUuidOf(c),
  };
}
