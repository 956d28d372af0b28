import "server-only";
import type { UpstreamLocalSession, UpstreamLocalSessionMessage, UpstreamRemoteSession, UpstreamRemoteSessionMessage } from "@/lib/compliance";
import type { MessageDto, SessionSummaryDto, UserRefDto } from "@/lib/schemas/investigate";
import { toBlockDto } from "../chats/to-message-dto";

const ref = (u: { id: string; email_address?: string | null } | null | undefined): UserRefDto | null => (u ? { id: u.id, email: u.email_address ?? null } : null);

export function toLocalSessionSummary(s: UpstreamLocalSession): SessionSummaryDto {
  return {
    kind: "local",
    id: s.id,
    organizationUuid: s.organization_uuid ?? null,
    custodian: ref(s.user),
    productSurface: s.product_surface ?? null,
    status: null,
    agentId: null,
    startedBy: null,
    projectId: null,
    workspaceId: s.workspace_id ?? null,
    createdAt: s.created_at,
    updatedAt: s.updated_at ?? null,
    truncated: s.truncated === true,
  };
}

export function toRemoteSessionSummary(s: UpstreamRemoteSession): SessionSummaryDto {
  return {
    kind: "remote",
    id: s.id,
    organizationUuid: s.organization_uuid ?? null,
    custodian: ref(s.user),
    productSurface: s.product_surface ?? null,
    status: s.status,
    agentId: s.agent_id ?? null,
    startedBy: ref(s.started_by_user),
    projectId: s.claude_project_id ?? null,
    workspaceId: null,
    createdAt: s.created_at,
    updatedAt: s.updated_at ?? null,
    truncated: false,
  };
}

const EMPTY = { files: [], generatedFiles: [], artifacts: [] };

/** Local messages: `provenance` says where content came from; `content_unavailable` means there is none to show. */
export function toLocalMessageDto(m: UpstreamLocalSessionMessage): MessageDto {
  const p = m.provenance ?? null;
  const reason = p && typeof p.reason === "string" ? p.reason : null;
  return {
    id: m.id,
    role: m.role,
    createdAt: m.created_at,
    blocks: m.content.map(toBlockDto),
    ...EMPTY,
    model: m.model ?? null,
    provenance: p ? { type: p.type, reason } : null,
    contentUnavailable: p?.type === "content_unavailable",
    sentByUserId: null,
  };
}

export function toRemoteMessageDto(m: UpstreamRemoteSessionMessage): MessageDto {
  return {
    id: m.id,
    role: m.role,
    createdAt: m.created_at,
    blocks: m.content.map(toBlockDto),
    ...EMPTY,
    model: null,
    provenance: null,
    contentUnavailable: m.content_unavailable === true,
    sentByUserId: m.sent_by_user_id ?? null,
  };
}
