import "server-only";
import type {
  UpstreamLocalSession,
  UpstreamLocalSessionMessage,
  UpstreamRemoteSession,
  UpstreamRemoteSessionMessage,
} from "@/lib/compliance";
import type { MessageDto, SessionSummaryDto } from "@/lib/schemas/investigate";
import { toMessageBase } from "../chats/to-message-dto";
import { toUserRef } from "@/lib/server/upstream/to-refs";

/** What LS1/LS3 and RS1/RS2 sessions carry under the same names. */
function sessionBase(s: UpstreamLocalSession | UpstreamRemoteSession) {
  return {
    id: s.id,
    organizationUuid: s.organization_uuid ?? null,
    custodian: toUserRef(s.user),
    productSurface: s.product_surface ?? null,
    createdAt: s.created_at,
    updatedAt: s.updated_at ?? null,
  };
}

export function toLocalSessionSummary(s: UpstreamLocalSession): SessionSummaryDto {
  return {
    kind: "local",
    ...sessionBase(s),
    status: null,
    agentId: null,
    startedBy: null,
    projectId: null,
    workspaceId: s.workspace_id ?? null,
    truncated: s.truncated === true,
  };
}

export function toRemoteSessionSummary(s: UpstreamRemoteSession): SessionSummaryDto {
  return {
    kind: "remote",
    ...sessionBase(s),
    status: s.status,
    agentId: s.agent_id ?? null,
    startedBy: toUserRef(s.started_by_user),
    projectId: s.claude_project_id ?? null,
    workspaceId: null,
    truncated: false,
  };
}

/** Session messages carry no attachments. */
const NO_ATTACHMENTS = { files: [], generatedFiles: [], artifacts: [] };

/** Local messages: `provenance` says where content came from; `content_unavailable` means there is none to show. */
export function toLocalMessageDto(m: UpstreamLocalSessionMessage): MessageDto {
  const p = m.provenance ?? null;
  const reason = p && typeof p.reason === "string" ? p.reason : null;
  return {
    ...toMessageBase(m),
    ...NO_ATTACHMENTS,
    model: m.model ?? null,
    provenance: p ? { type: p.type, reason } : null,
    contentUnavailable: p?.type === "content_unavailable",
    sentByUserId: null,
  };
}

export function toRemoteMessageDto(m: UpstreamRemoteSessionMessage): MessageDto {
  return {
    ...toMessageBase(m),
    ...NO_ATTACHMENTS,
    model: null,
    provenance: null,
    contentUnavailable: m.content_unavailable === true,
    sentByUserId: m.sent_by_user_id ?? null,
  };
}
