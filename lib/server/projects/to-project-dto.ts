import "server-only";
import {
  organizationUuidOf,
  type UpstreamProject,
  type UpstreamProjectAttachment,
  type UpstreamProjectCollaborator,
} from "@/lib/compliance";
import {
  contentUrl,
  type CollaboratorDto,
  type ProjectAttachmentDto,
  type ProjectSummaryDto,
} from "@/lib/schemas/investigate";
import type { DirectorySnapshot } from "../directory-cache/load-directory";
import { toFileRef, toUserRef } from "@/lib/server/upstream/to-refs";

export function toProjectSummary(p: UpstreamProject): ProjectSummaryDto {
  return {
    id: p.id,
    name: p.name,
    createdAt: p.created_at,
    updatedAt: p.updated_at ?? null,
    deletedAt: p.deleted_at ?? null,
    isPrivate: p.is_private ?? null,
    organizationUuid: organizationUuidOf(p),
    owner: toUserRef(p.user),
  };
}

/** project_file → F1/F2 routes, project_doc → D1 routes; an unknown type is listed without links. */
export function toAttachmentDto(a: UpstreamProjectAttachment): ProjectAttachmentDto {
  const urls =
    a.type === "project_file"
      ? { viewUrl: `/api/files/${encodeURIComponent(a.id)}`, downloadUrl: contentUrl.file(a.id) }
      : a.type === "project_doc"
        ? { viewUrl: `/api/documents/${encodeURIComponent(a.id)}`, downloadUrl: contentUrl.document(a.id) }
        : { viewUrl: null, downloadUrl: null };
  return { ...toFileRef(a), type: a.type, ...urls };
}

/** Collaborators carry ids only; people are named from the cached directory, groups from G2 (`groupNames`). */
export function toCollaboratorDto(
  c: UpstreamProjectCollaborator,
  dir: DirectorySnapshot,
  groupNames: ReadonlyMap<string, string> = new Map(),
): CollaboratorDto {
  const base = {
    type: c.type,
    role: c.role,
    grantedAt: c.granted_at ?? null,
    userId: c.user_id ?? null,
    groupId: c.group_id ?? null,
    organizationUuid: c.organization_uuid ?? null,
    organizationRole: c.organization_role ?? null,
    email: null,
  };
  if (c.type === "user") {
    const person = c.user_id ? dir.byId.get(c.user_id) : undefined;
    if (person) return { ...base, label: person.name, email: person.email };
    return { ...base, label: c.user_id ?? "Former user (no longer in scope)" };
  }
  if (c.type === "group") {
    const name = c.group_id ? groupNames.get(c.group_id) : undefined;
    return { ...base, label: name ?? `Group ${c.group_id ?? "(unknown)"} (name not readable)` };
  }
  if (c.type === "organization") {
    const org = c.organization_uuid ? dir.organizations.get(c.organization_uuid) : undefined;
    return { ...base, label: `Everyone in ${org ?? c.organization_uuid ?? "the organization"}` };
  }
  if (c.type === "organization_role")
    return { ...base, label: `Everyone with role ${c.organization_role ?? "(unknown)"}` };
  return { ...base, label: c.type };
}
