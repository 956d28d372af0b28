import { HOSTILE_TEXTS, hugeText } from "../data/hostile";
import { rngFor } from "../data/prng";
import { assistantAnswer, TOPICS, userPrompt } from "../data/text";
import { iso } from "../data/time";
import { artifactOf, generatedOf, uploadsOf, type FileDesc } from "./attachments";
import type { Ctx } from "./context";
import { messageTime } from "./message-time";
import type { ChatMeta } from "./plan-types";
import { text, toolChatContent, toolResult, toolUse, toolUseId } from "./tool-blocks";
import type { Rec } from "./types";

/** Chat message records (reference §5.9), computed from (seed, chat index, message index). */
export function messageRecord(ctx: Ctx, meta: ChatMeta, j: number): Rec {
  const role = j % 2 === 0 ? "user" : "assistant";
  const base = { id: ctx.codecs.msg.make(meta.g, j), role, created_at: iso(messageTime(meta, j)) };
  // Soft-deleted in claude.ai: metadata survives, content does not.
  if (meta.deletedMs !== null) return { ...base, content: [], files: null, generated_files: null, artifacts: null };
  const legacy = meta.model === null;
  const live = (f: FileDesc) => !ctx.deleted.files.has(f.id);
  const files = uploadsOf(ctx, meta, j)
    .filter(live)
    .map((f) => ({
      id: f.id,
      filename: f.filename,
      mime_type: f.mimeType,
      created_at: iso(f.createdMs),
      md5: f.content.md5Now(),
      size_bytes: f.content.sizeBytes,
    }));
  const generated = generatedOf(ctx, meta, j).map((f) => ({
    id: f.id,
    filename: f.filename,
    mime_type: f.mimeType,
    md5: f.content.md5Now(),
    size_bytes: f.content.sizeBytes,
  }));
  const artifact = artifactOf(ctx, meta, j);
  const artifacts = artifact
    ? [{ id: artifact.id, version_id: artifact.versionId, title: artifact.title, artifact_type: artifact.artifactType }]
    : [];
  // Legacy chats (model null) predate the attachment fields: null rather than [] when there is nothing.
  const orNull = <T>(xs: T[]) => (legacy && xs.length === 0 ? null : xs);
  return {
    ...base,
    content: contentOf(ctx, meta, j),
    files: orNull(files),
    generated_files: orNull(generated),
    artifacts: orNull(artifacts),
  };
}

function contentOf(ctx: Ctx, meta: ChatMeta, j: number): Rec[] {
  const seed = ctx.world.seed;
  if (meta.kind === "tool") return toolChatContent(seed, meta.g, j);
  const r = rngFor(seed, "msg", meta.g, j);
  const topic = TOPICS[meta.kind === "long" ? (meta.topic + Math.floor(j / 40)) % TOPICS.length : meta.topic];
  if (meta.kind === "hostile") {
    if (meta.variant === 2 && j === 2) return [text(hugeText())];
    return [text(HOSTILE_TEXTS[(j + meta.variant) % HOSTILE_TEXTS.length])];
  }
  if (j % 2 === 0) return [text(userPrompt(r, topic))];
  if (r.chance(0.1)) {
    const id = toolUseId(seed, meta.g, j, 0);
    return [
      text("Let me check the latest news."),
      toolUse(id, "web_search", { query: topic }),
      toolResult(id, "web_search", `1. ${topic} — The Citadel Review\n2. ${topic} update — Ravens Daily`),
      text(assistantAnswer(r, topic)),
    ];
  }
  return [text(assistantAnswer(r, topic))];
}
