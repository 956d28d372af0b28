import "server-only";
import type { IterateActivitiesParams } from "@/lib/compliance";
import { API_ACCESS_TYPE } from "@/lib/schemas/investigate";
import type { AuditDetails } from "@/lib/schemas/audit";

export type FeedFilterInput = { types?: string[]; actor_ids?: string[]; from: string; to: string; include_api_access?: boolean };

/**
 * Our filters → A1 parameters. Chosen types are sent as `activity_types[]` (an explicit choice wins); with no types,
 * `compliance_api_accessed` is excluded unless asked for, because every API call (ours included) adds one.
 */
export function toFeedParams(input: FeedFilterInput): IterateActivitiesParams {
  const types = input.types ?? [];
  return {
    activityTypes: types.length ? types : undefined,
    excludeActivityTypes: !types.length && !input.include_api_access ? [API_ACCESS_TYPE] : undefined,
    actorIds: input.actor_ids?.length ? input.actor_ids : undefined,
    createdAt: { gte: input.from, lt: input.to },
  };
}

export function filterDetails(input: FeedFilterInput): AuditDetails {
  return { types: input.types ?? [], from: input.from, to: input.to, includeApiAccess: input.include_api_access === true };
}
