import "server-only";
import type { RateLimitSnapshotDto } from "@/lib/schemas/upstream-status";
import type { RateLimitObservation } from "./rate-headers";
import type { UpstreamChat, UpstreamOrganization } from "./schemas";

// Pure raw → domain helpers. Callers build their DTOs from these, never from upstream objects directly.

export function toRateLimitSnapshotDto(
  snapshot: (RateLimitObservation & { observedAt: Date }) | null,
): RateLimitSnapshotDto | null {
  if (!snapshot) return null;
  return {
    limit: snapshot.limit,
    remaining: snapshot.remaining,
    resetAt: snapshot.resetAt?.toISOString() ?? null,
    observedAt: snapshot.observedAt.toISOString(),
  };
}

export function toOrganizationSummary(org: UpstreamOrganization): { uuid: string; name: string } {
  return { uuid: org.uuid, name: org.name };
}

/**
 * The org's bare UUID for any record. `organization_id` (`org_…`) is the deprecated tagged form on
 * chats and projects (§1.3); it is only a fallback when no UUID is present.
 */
export function organizationUuidOf(record: {
  organization_uuid?: string | null;
  organization_id?: string | null;
}): string | null {
  return record.organization_uuid ?? record.organization_id ?? null;
}

/** Soft-deleted in claude.ai: still listed, `deleted_at` set, name "" and message content blanked. */
export function isSoftDeleted(chat: Pick<UpstreamChat, "deleted_at">): boolean {
  return chat.deleted_at !== null && chat.deleted_at !== undefined;
}
