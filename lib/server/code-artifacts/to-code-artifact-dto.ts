import "server-only";
import type { UpstreamCodeArtifact } from "@/lib/compliance";
import {
  contentUrl,
  type CodeArtifactDto,
  type CodeArtifactVersionDto,
  type JsonRecord,
} from "@/lib/schemas/investigate";
import { toJsonValue } from "@/lib/server/upstream/json";
import { toUserRef } from "@/lib/server/upstream/to-refs";

/** CA1 fields the DTO names; anything else the upstream adds is kept in `extra` untouched. */
const ARTIFACT_FIELDS = new Set([
  "id",
  "organization_uuid",
  "owner_user_id",
  "user",
  "read_mode",
  "published_version_id",
  "updated_at",
  "versions",
]);
const VERSION_FIELDS = new Set(["id", "name", "created_at"]);

function extraOf(record: Record<string, unknown>, named: ReadonlySet<string>): JsonRecord {
  const out: JsonRecord = {};
  for (const [k, v] of Object.entries(record)) if (!named.has(k)) out[k] = toJsonValue(v);
  return out;
}

type UpstreamVersion = UpstreamCodeArtifact["versions"][number];

/** A version's title; CA1 puts the version id in `name` when the title of an older version was not retained. */
function titleOf(v: UpstreamVersion): string | null {
  const name = v.name?.trim();
  return name && name !== v.id ? name : null;
}

function toVersionDto(
  artifactId: string,
  publishedVersionId: string | null,
  v: UpstreamVersion,
): CodeArtifactVersionDto {
  return {
    id: v.id,
    name: v.name ?? null,
    title: titleOf(v),
    createdAt: v.created_at ?? null,
    isPublished: v.id === publishedVersionId,
    // The title names the saved file (CA2 sends no filename); without one the route falls back to the version id.
    downloadUrl: contentUrl.codeArtifactVersion(artifactId, v.id, titleOf(v)),
    extra: extraOf(v, VERSION_FIELDS),
  };
}

export function toCodeArtifactDto(a: UpstreamCodeArtifact): CodeArtifactDto {
  const publishedVersionId = a.published_version_id ?? null;
  // `user` carries the email; `owner_user_id` alone still names the owner when `user` is absent.
  const owner = toUserRef(a.user) ?? (a.owner_user_id ? { id: a.owner_user_id, email: null } : null);
  // The artifact has no name of its own: it is known by the title of its published version, else of its newest.
  const published = a.versions.find((v) => v.id === publishedVersionId);
  const title = (published && titleOf(published)) ?? a.versions.map(titleOf).find((t) => t !== null) ?? null;
  return {
    id: a.id,
    title,
    organizationUuid: a.organization_uuid ?? null,
    owner,
    readMode: a.read_mode ?? null,
    publishedVersionId,
    updatedAt: a.updated_at ?? null,
    versions: a.versions.map((v) => toVersionDto(a.id, publishedVersionId, v)),
    extra: extraOf(a, ARTIFACT_FIELDS),
  };
}
