import "server-only";
import type { IterateActivitiesParams } from "@/lib/compliance";
import { API_ACCESS_TYPE } from "@/lib/schemas/investigate";
import { expandSelection } from "@/lib/schemas/investigate/activity-selection";
import type { AuditDetails } from "@/lib/schemas/audit";
import { chunkTypes, MAX_TYPE_PARAM_CHARS } from "./type-chunks";

export type FeedFilterInput = {
  types?: string[];
  areas?: string[];
  actor_ids?: string[];
  from: string;
  to: string;
  include_api_access?: boolean;
};

/** The types a filter asks for (areas expanded, the API's access log added when asked); empty = every type. */
export function chosenTypes(input: FeedFilterInput): string[] {
  const types = expandSelection({ areas: input.areas ?? [], types: input.types ?? [] });
  if (!types.length || !input.include_api_access || types.includes(API_ACCESS_TYPE)) return types;
  return [...types, API_ACCESS_TYPE].sort();
}

/**
 * Our filters → the A1 requests that together answer them: one, or one per run of types when the choice is too
 * long for one URL (type-chunks.ts). With no types, `compliance_api_accessed` is excluded unless asked for, because
 * every API call (ours included) adds one. The runs are disjoint, so merging their results never repeats an event.
 */
export function toFeedQueries(input: FeedFilterInput, maxTypeChars = MAX_TYPE_PARAM_CHARS): IterateActivitiesParams[] {
  const base: IterateActivitiesParams = {
    actorIds: input.actor_ids?.length ? input.actor_ids : undefined,
    createdAt: { gte: input.from, lt: input.to },
  };
  const types = chosenTypes(input);
  if (!types.length)
    return [{ ...base, excludeActivityTypes: input.include_api_access ? undefined : [API_ACCESS_TYPE] }];
  return chunkTypes(types, maxTypeChars).map((chunk) => ({ ...base, activityTypes: chunk }));
}

export function filterDetails(input: FeedFilterInput): AuditDetails {
  return {
    types: input.types ?? [],
    areas: input.areas ?? [],
    from: input.from,
    to: input.to,
    includeApiAccess: input.include_api_access === true,
  };
}
