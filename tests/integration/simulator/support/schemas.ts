import { z } from "zod";
import { prefixed, Timestamp, ToolResult, ToolUse, UserRef, Uuid } from "./schemas-base";

/**
 * Small schemas for the upstream shapes of reference §5, written from the reference (not from the simulator).
 * They check the documented fields are present with the documented types; unknown extra fields pass, because the
 * real API adds fields over time (§0.1).
 */

export * from "./schemas-base";
export * from "./schemas-apps";

// ---- activity feed (§5.1, §6) ----
export const Activity = z.looseObject({
  id: prefixed("activity_"),
  created_at: Timestamp,
  type: z.string().min(1),
  organization_id: z.string().nullable(),
  organization_uuid: z.string().nullable(),
  actor: z.looseObject({ type: z.string().min(1) }),
});

// ---- directory (§5.2–§5.7) ----
export const Organization = z.object({ uuid: Uuid, name: z.string(), created_at: Timestamp });
export const ORG_ROLES = [
  "admin",
  "billing",
  "claude_code_user",
  "developer",
  "managed",
  "membership_admin",
  "owner",
  "primary_owner",
  "user",
] as const;
export const OrgUser = z.object({
  id: prefixed("user_"),
  full_name: z.string(),
  email: z.string().includes("@"),
  created_at: Timestamp,
  organization_role: z.string(),
});
export const Role = z.object({
  id: prefixed("rbac_role_"),
  name: z.string(),
  description: z.string(),
  created_at: Timestamp.nullable(),
  updated_at: Timestamp.nullable(),
});
export const Permission = z.object({ resource_type: z.string(), resource_id: z.string(), action: z.string() });
export const Group = z.object({
  id: prefixed("rbac_group_"),
  name: z.string(),
  description: z.string(),
  source_type: z.string(),
  roles: z.array(z.string()),
  created_at: Timestamp.nullable(),
  updated_at: Timestamp.nullable(),
});
export const GroupMember = z.object({
  user_id: prefixed("user_"),
  email: z.string(),
  created_at: Timestamp.nullable(),
  updated_at: Timestamp.nullable(),
});
export const EffectiveSettings = z.object({
  organization_id: Uuid,
  api_keys: z.array(
    z.object({
      id: z.string(),
      created_at: Timestamp,
      created_by_id: z.string().nullable(),
      is_active: z.boolean(),
      name: z.string(),
      scopes: z.array(z.string()),
    }),
  ),
  settings: z.array(z.looseObject({ value: z.unknown() })),
});

// ---- chats and messages (§5.8, §5.9) ----
export const Chat = z.object({
  id: prefixed("claude_chat_"),
  name: z.string(),
  created_at: Timestamp,
  updated_at: Timestamp,
  deleted_at: Timestamp.nullable(),
  href: z.string(),
  model: z.string().nullable(),
  organization_uuid: Uuid,
  project_id: z.string().nullable(),
  user: UserRef.nullable(),
});
const TextBlock = z.object({ type: z.literal("text"), text: z.string() });
export const ContentBlock = z.discriminatedUnion("type", [
  TextBlock.extend({ truncated: z.boolean().optional() }),
  ToolUse,
  ToolResult,
]);
export const MessageFile = z.object({
  id: prefixed("claude_file_"),
  filename: z.string(),
  mime_type: z.string(),
  md5: z.string().nullable().optional(),
  size_bytes: z.number().int().nullable().optional(),
});
export const ChatMessage = z.object({
  id: prefixed("claude_chat_msg_"),
  role: z.enum(["user", "assistant"]),
  created_at: Timestamp,
  content: z.array(ContentBlock),
  files: z.array(MessageFile).nullable(),
  generated_files: z
    .array(z.object({ id: prefixed("claude_gen_file_"), filename: z.string(), mime_type: z.string() }))
    .nullable(),
  artifacts: z
    .array(
      z.object({
        id: prefixed("claude_artifact_"),
        version_id: prefixed("claude_artifact_version_"),
        title: z.string(),
        artifact_type: z.string(),
      }),
    )
    .nullable(),
});
export const ChatWithMessages = Chat.extend({
  chat_messages: z.array(ChatMessage),
  has_more: z.boolean(),
  first_id: z.string().nullable(),
  last_id: z.string().nullable(),
});
