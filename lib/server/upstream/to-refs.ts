import "server-only";
import type { ArtifactRefDto, FileRefDto, UserRefDto } from "@/lib/schemas/investigate";

// Upstream → the small reference DTOs that chats, sessions, projects, files and documents all embed. One mapping
// each, so a field the upstream renames or nulls is handled in one place.

/** `{ id, email_address }` as embedded in chats, projects, sessions and documents. */
type UpstreamUser = { id: string; email_address?: string | null };

export function toUserRef(u: UpstreamUser | null | undefined): UserRefDto | null {
  return u ? { id: u.id, email: u.email_address ?? null } : null;
}

/** The fields F1, GF1, message files, project attachments and D2 share. */
type UpstreamFileFields = {
  id: string;
  filename?: string | null;
  mime_type?: string | null;
  size_bytes?: number | null;
  md5?: string | null;
  created_at?: string | null;
};

export function toFileRef(f: UpstreamFileFields): FileRefDto {
  return {
    id: f.id,
    filename: f.filename ?? null,
    mimeType: f.mime_type ?? null,
    sizeBytes: f.size_bytes ?? null,
    md5: f.md5 ?? null,
    createdAt: f.created_at ?? null,
  };
}

/** A message's artifact reference, or the same fields of AR1. */
type UpstreamArtifactFields = { id: string; version_id: string; title?: string | null; artifact_type?: string | null };

export function toArtifactRef(a: UpstreamArtifactFields): ArtifactRefDto {
  return { id: a.id, versionId: a.version_id, title: a.title ?? null, type: a.artifact_type ?? null };
}
