import "server-only";
import { z } from "zod";
import {
  cursorPage,
  UpstreamContentBlock,
  UpstreamCursor,
  UpstreamSizeBytes,
  UpstreamTimestamp,
  UpstreamUserRef,
} from "./common";

export const UpstreamChat = z.looseObject({
  id: z.string(),
  /** "" when the chat was soft-deleted in claude.ai. */
  name: z.string(),
  created_at: UpstreamTimestamp,
  updated_at: UpstreamTimestamp,
  deleted_at: UpstreamTimestamp.nullish(),
  href: z.string().nullish(),
  model: z.string().nullish(),
  organization_uuid: z.string().nullish(),
  /** Deprecated tagged form (`org_…`); prefer organization_uuid. */
  organization_id: z.string().nullish(),
  project_id: z.string().nullish(),
  /** null when the key is single-org and the creator left. */
  user: UpstreamUserRef.nullish(),
});
export type UpstreamChat = z.infer<typeof UpstreamChat>;

export const UpstreamChatPage = cursorPage(UpstreamChat);
export type UpstreamChatPage = z.infer<typeof UpstreamChatPage>;

export const UpstreamMessageFile = z.looseObject({
  id: z.string(),
  filename: z.string().nullish(),
  mime_type: z.string().nullish(),
  created_at: UpstreamTimestamp.nullish(),
  md5: z.string().nullish(),
  size_bytes: UpstreamSizeBytes,
});
export type UpstreamMessageFile = z.infer<typeof UpstreamMessageFile>;

export const UpstreamMessageArtifact = z.looseObject({
  id: z.string(),
  version_id: z.string(),
  title: z.string().nullish(),
  artifact_type: z.string().nullish(),
});
export type UpstreamMessageArtifact = z.infer<typeof UpstreamMessageArtifact>;

export const UpstreamChatMessage = z.looseObject({
  id: z.string(),
  /** "user" | "assistant" documented; open set. */
  role: z.string(),
  created_at: UpstreamTimestamp,
  /** [] when the chat is soft-deleted. */
  content: z.array(UpstreamContentBlock),
  files: z.array(UpstreamMessageFile).nullish(),
  generated_files: z.array(UpstreamMessageFile).nullish(),
  artifacts: z.array(UpstreamMessageArtifact).nullish(),
});
export type UpstreamChatMessage = z.infer<typeof UpstreamChatMessage>;

/** C2: the chat's metadata plus one cursor page of its messages. */
export const UpstreamChatWithMessages = UpstreamChat.extend({
  chat_messages: z.array(UpstreamChatMessage),
  has_more: z
    .boolean()
    .optional()
    .transform((v) => v ?? false),
  first_id: UpstreamCursor,
  last_id: UpstreamCursor,
});
export type UpstreamChatWithMessages = z.infer<typeof UpstreamChatWithMessages>;
