import { z } from "zod";
import { prefixed, StrictTimestamp, Timestamp, ToolResult, ToolUse, UserRef, Uuid } from "./schemas-base";

/** Test schemas for files, artifacts, projects, sessions and code artifacts (reference §5.11–§5.18). */

// ---- files, generated files, artifacts (§5.11–§5.13) ----
export const FileMeta = z.object({
  id: prefixed("claude_file_"),
  created_at: Timestamp,
  filename: z.string().nullable(),
  mime_type: z.string().nullable(),
  size_bytes: z.number().int().nullable(),
  md5: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .nullable(),
  message_ids: z.array(z.string()),
  claude_chat_ids: z.array(z.string()),
});
export const GeneratedFileMeta = z.object({
  id: prefixed("claude_gen_file_"),
  claude_chat_id: prefixed("claude_chat_"),
  filename: z.string(),
  created_at: Timestamp.nullable(),
  mime_type: z.string().nullable(),
  size_bytes: z.number().int().nullable(),
  md5: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .nullable(),
});
export const ArtifactVersionMeta = z.object({
  id: prefixed("claude_artifact_"),
  version_id: prefixed("claude_artifact_version_"),
  claude_chat_id: prefixed("claude_chat_"),
  artifact_type: z.string().nullable(),
  title: z.string().nullable(),
  created_at: Timestamp,
  md5: z.string().regex(/^[0-9a-f]{32}$/),
  size_bytes: z.number().int(),
});

// ---- projects and documents (§5.14, §5.15) ----
export const Project = z.object({
  id: prefixed("claude_proj_"),
  name: z.string(),
  created_at: Timestamp,
  updated_at: Timestamp,
  deleted_at: Timestamp.nullable(),
  is_private: z.boolean(),
  organization_uuid: Uuid,
  user: UserRef.nullable(),
});
export const ProjectDetail = Project.extend({
  description: z.string(),
  instructions: z.string(),
  chats_count: z.number().int(),
  attachments_count: z.number().int(),
});
export const ProjectAttachment = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("project_file"),
    id: prefixed("claude_file_"),
    created_at: Timestamp,
    filename: z.string(),
    mime_type: z.string(),
    md5: z.string().nullable().optional(),
    size_bytes: z.number().int().nullable().optional(),
  }),
  z.object({
    type: z.literal("project_doc"),
    id: prefixed("claude_proj_doc_"),
    created_at: Timestamp,
    filename: z.string(),
    mime_type: z.literal("text/plain"),
    updated_at: z.null(),
  }),
]);
const CollabBase = { granted_at: Timestamp, role: z.enum(["admin", "editor", "owner", "viewer"]) };
export const ProjectCollaborator = z.discriminatedUnion("type", [
  z.object({ ...CollabBase, type: z.literal("user"), user_id: z.string().nullable() }),
  z.object({ ...CollabBase, type: z.literal("group"), group_id: z.string() }),
  z.object({ ...CollabBase, type: z.literal("organization"), organization_uuid: z.string() }),
  z.object({ ...CollabBase, type: z.literal("organization_role"), organization_role: z.string() }),
]);
export const ProjectDocument = z.object({
  id: prefixed("claude_proj_doc_"),
  filename: z.string(),
  content: z.string(),
  created_at: Timestamp,
  user: UserRef.nullable(),
});
export const DocumentMetadata = z.object({
  id: prefixed("claude_proj_doc_"),
  claude_project_id: prefixed("claude_proj_"),
  filename: z.string(),
  created_at: Timestamp,
  mime_type: z.literal("text/plain"),
  md5: z.string().regex(/^[0-9a-f]{32}$/),
  size_bytes: z.number().int(),
  user: UserRef.nullable(),
});

// ---- sessions (§5.16, §5.17) ----
const SessionUser = z.object({ id: prefixed("user_"), email_address: z.string().nullable() });
export const LocalSession = z.object({
  type: z.literal("compliance_local_session"),
  id: prefixed("clls_"),
  organization_uuid: Uuid,
  user: SessionUser,
  product_surface: z.string().nullable(),
  workspace_id: z.string().nullable(),
  created_at: StrictTimestamp,
  updated_at: StrictTimestamp.optional(),
  truncated: z.boolean().optional(),
});
export const SessionContent = z.array(
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("text"), text: z.string(), truncated: z.boolean() }),
    ToolUse.omit({ integration_name: true, mcp_server_url: true }),
    ToolResult.omit({ integration_name: true, mcp_server_url: true }),
  ]),
);
export const LocalSessionMessage = z.object({
  type: z.literal("compliance_local_session_message"),
  id: prefixed("clsm_"),
  role: z.enum(["user", "assistant"]),
  created_at: StrictTimestamp,
  model: z.string().nullable(),
  provenance: z.looseObject({ type: z.string() }).nullable(),
  content: SessionContent,
});
export const RemoteSession = z.object({
  id: prefixed("cse_"),
  organization_uuid: Uuid,
  status: z.string(),
  user: SessionUser.nullable(),
  agent_id: z.string().nullable(),
  started_by_user: SessionUser.nullable(),
  product_surface: z.string().nullable(),
  claude_project_id: z.string().nullable(),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export const RemoteSessionMessage = z.object({
  id: prefixed("csev_"),
  role: z.enum(["user", "assistant"]),
  created_at: Timestamp,
  content: SessionContent,
  sent_by_user_id: z.string().nullable(),
  content_unavailable: z.boolean(),
});

// ---- code artifacts (§5.18) ----
export const CodeArtifact = z.object({
  id: prefixed("cart_"),
  organization_uuid: Uuid,
  owner_user_id: z.string().nullable(),
  user: UserRef.nullable(),
  read_mode: z.enum(["org", "owner", "public", "users"]),
  published_version_id: z.string().nullable(),
  updated_at: Timestamp.nullable(),
  versions: z.array(z.object({ id: z.string(), name: z.string(), created_at: Timestamp.nullable() })),
});
