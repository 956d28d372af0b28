import "server-only";
import { z } from "zod";
import { UpstreamSizeBytes, UpstreamTimestamp, UpstreamUserRef } from "./common";

/** F1: metadata of a user-uploaded file (chat or project). `md5` is lowercase hex. */
export const UpstreamFileMeta = z.looseObject({
  id: z.string(),
  created_at: UpstreamTimestamp.nullish(),
  filename: z.string().nullish(),
  mime_type: z.string().nullish(),
  size_bytes: UpstreamSizeBytes,
  md5: z.string().nullish(),
  message_ids: z.array(z.string()).optional(),
  claude_chat_ids: z.array(z.string()).optional(),
});
export type UpstreamFileMeta = z.infer<typeof UpstreamFileMeta>;

/** GF1: an assistant-generated file. */
export const UpstreamGeneratedFileMeta = z.looseObject({
  id: z.string(),
  claude_chat_id: z.string().nullish(),
  filename: z.string().nullish(),
  created_at: UpstreamTimestamp.nullish(),
  mime_type: z.string().nullish(),
  size_bytes: UpstreamSizeBytes,
  md5: z.string().nullish(),
});
export type UpstreamGeneratedFileMeta = z.infer<typeof UpstreamGeneratedFileMeta>;

/** AR1: one version of a chat artifact; `md5` is of the UTF-8 content. */
export const UpstreamArtifactVersion = z.looseObject({
  id: z.string(),
  version_id: z.string(),
  claude_chat_id: z.string().nullish(),
  artifact_type: z.string().nullish(),
  title: z.string().nullish(),
  created_at: UpstreamTimestamp.nullish(),
  md5: z.string().nullish(),
  size_bytes: UpstreamSizeBytes,
});
export type UpstreamArtifactVersion = z.infer<typeof UpstreamArtifactVersion>;

/** D1: a project document with its whole text in `content`. */
export const UpstreamDocument = z.looseObject({
  id: z.string(),
  filename: z.string().nullish(),
  content: z.string(),
  created_at: UpstreamTimestamp.nullish(),
  user: UpstreamUserRef.nullish(),
});
export type UpstreamDocument = z.infer<typeof UpstreamDocument>;

/** D2: document metadata; `md5`/`size_bytes` describe the UTF-8 content. */
export const UpstreamDocumentMetadata = z.looseObject({
  id: z.string(),
  claude_project_id: z.string().nullish(),
  filename: z.string().nullish(),
  created_at: UpstreamTimestamp.nullish(),
  mime_type: z.string().nullish(),
  md5: z.string().nullish(),
  size_bytes: UpstreamSizeBytes,
  user: UpstreamUserRef.nullish(),
});
export type UpstreamDocumentMetadata = z.infer<typeof UpstreamDocumentMetadata>;
