import { iso } from "../data/time";
import { artifactOf, generatedOf, uploadsOf, type ArtifactDesc, type FileDesc } from "./attachments";
import type { Ctx } from "./context";
import type { ChatMeta } from "./plan-types";
import { docDesc, projectFileDesc, projectIndexOf, type DocDesc } from "./projects";
import type { ContentSource, Rec } from "./types";

/** Lookups of uploaded files, generated files, artifact versions and documents by id. */

interface ChatFile {
  desc: FileDesc;
  meta: ChatMeta | null;
  j: number;
}

function liveChatMeta(ctx: Ctx, g: number): ChatMeta | undefined {
  return g < ctx.plan.size && !ctx.deleted.chats.has(g) ? ctx.plan.meta(g) : undefined;
}

/** A chat upload (its chat not hard-deleted) or a project file (its project not deleted). */
export function findFile(ctx: Ctx, fileId: string): ChatFile | undefined {
  if (ctx.deleted.files.has(fileId)) return undefined;
  const chatRef = ctx.codecs.file.parse(fileId);
  if (chatRef) {
    const meta = liveChatMeta(ctx, chatRef.index);
    const j = Math.floor(chatRef.sub / 16);
    const desc = meta ? uploadsOf(ctx, meta, j)[chatRef.sub % 16] : undefined;
    return meta && desc?.id === fileId ? { desc, meta, j } : undefined;
  }
  const projectRef = ctx.codecs.projectFile.parse(fileId);
  if (!projectRef) return undefined;
  const p = projectIndexOf(ctx, ctx.codecs.project.make(projectRef.index));
  if (p === undefined || projectRef.index >= ctx.projects.length) return undefined;
  const m = ctx.projects[p];
  return projectRef.sub < m.fileCount
    ? { desc: projectFileDesc(ctx, m, projectRef.sub), meta: null, j: -1 }
    : undefined;
}

export function fileRecord(ctx: Ctx, f: ChatFile): Rec {
  return {
    id: f.desc.id,
    created_at: iso(f.desc.createdMs),
    filename: f.desc.filename,
    mime_type: f.desc.mimeType,
    size_bytes: f.desc.content.sizeBytes,
    // The 1 GiB file is hashed lazily: null until its content md5 has been computed once.
    md5: f.desc.content.md5Now(),
    message_ids: f.meta ? [ctx.codecs.msg.make(f.meta.g, f.j)] : [],
    claude_chat_ids: f.meta ? [ctx.codecs.chat.make(f.meta.g)] : [],
  };
}

export function findGenerated(ctx: Ctx, genId: string): { desc: FileDesc; g: number } | undefined {
  const ref = ctx.codecs.gen.parse(genId);
  const meta = ref ? liveChatMeta(ctx, ref.index) : undefined;
  if (!ref || !meta) return undefined;
  const desc = generatedOf(ctx, meta, ref.sub)[0];
  return desc?.id === genId ? { desc, g: ref.index } : undefined;
}

export function generatedRecord(ctx: Ctx, x: { desc: FileDesc; g: number }): Rec {
  return {
    id: x.desc.id,
    claude_chat_id: ctx.codecs.chat.make(x.g),
    filename: x.desc.filename,
    created_at: iso(x.desc.createdMs),
    mime_type: x.desc.mimeType,
    size_bytes: x.desc.content.sizeBytes,
    md5: x.desc.content.md5Now(),
  };
}

export function findArtifactVersion(ctx: Ctx, versionId: string): { desc: ArtifactDesc; g: number } | undefined {
  const ref = ctx.codecs.artifactVersion.parse(versionId);
  const meta = ref ? liveChatMeta(ctx, ref.index) : undefined;
  if (!ref || !meta) return undefined;
  const desc = artifactOf(ctx, meta, ref.sub);
  return desc?.versionId === versionId ? { desc, g: ref.index } : undefined;
}

export function artifactRecord(ctx: Ctx, x: { desc: ArtifactDesc; g: number }): Rec {
  const d = x.desc;
  return {
    id: d.id,
    version_id: d.versionId,
    claude_chat_id: ctx.codecs.chat.make(x.g),
    artifact_type: d.artifactType,
    title: d.title,
    created_at: iso(d.createdMs),
    md5: d.content.md5Now(),
    size_bytes: d.content.sizeBytes,
  };
}

export function findDocument(ctx: Ctx, documentId: string): DocDesc | undefined {
  if (ctx.deleted.docs.has(documentId)) return undefined;
  const ref = ctx.codecs.doc.parse(documentId);
  if (!ref || ref.index >= ctx.projects.length) return undefined;
  if (projectIndexOf(ctx, ctx.codecs.project.make(ref.index)) === undefined) return undefined;
  const m = ctx.projects[ref.index];
  return ref.sub < m.docCount ? docDesc(ctx, m, ref.sub) : undefined;
}

export function documentRecords(ctx: Ctx, d: DocDesc): { full: Rec; meta: Rec } {
  const u = ctx.dir.users[ctx.projects[d.p].owner];
  const user = { id: u.id, email_address: u.email };
  return {
    full: { id: d.id, filename: d.filename, content: d.text, created_at: iso(d.createdMs), user },
    meta: {
      id: d.id,
      claude_project_id: ctx.codecs.project.make(d.p),
      filename: d.filename,
      created_at: iso(d.createdMs),
      mime_type: "text/plain",
      md5: d.content.md5Now(),
      size_bytes: d.content.sizeBytes,
      user,
    },
  };
}

export const contentOf = (desc: { content: ContentSource } | undefined): ContentSource | undefined => desc?.content;
