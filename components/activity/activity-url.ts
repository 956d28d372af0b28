import type { ActivityFilter } from "@/lib/queries/activity";
import { upgradeSelection, type ActivitySelection } from "@/lib/schemas/investigate/activity-selection";
import type { InvestigateState } from "@/lib/urls/investigate-url";

// The feed's own part of the URL, next to the investigation window (`u`, `from`, `to`, …): `area=claude_chat,
// claude_file` (whole areas; a single id is what the old area <select> wrote, so those links keep working),
// `types=sso_login_failed` (single types) and `api=1` (include the API's access log). Area ids of the first,
// by-prefix grouping (`area=sso`) are read as the types they stood for, in today's areas.

/** Query parameters this page keeps across navigations, besides the investigation window. */
export const ACTIVITY_URL_KEYS = ["area", "types", "api"] as const;

const NAME = /^[a-z0-9_]{1,100}$/;
const names = (raw: string | null) =>
  [
    ...new Set(
      (raw ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter((s) => NAME.test(s)),
    ),
  ].sort();

/** Reads `{ area, types }` values (a URL's, or the latest asked-for) back as a selection. */
export function selectionOf(values: { area?: string | null; types?: string | null }): ActivitySelection {
  return upgradeSelection({ areas: names(values.area ?? null), types: names(values.types ?? null) });
}

/** The chosen areas and types as the URL has them (malformed names dropped; unknown ones are the route's to refuse). */
export function parseActivitySelection(params: URLSearchParams): ActivitySelection {
  return selectionOf({ area: params.get("area"), types: params.get("types") });
}

/** `{ area, types }` for a selection, null for the empty lists (so they leave the URL). */
export function selectionParams(selection: ActivitySelection): { area: string | null; types: string | null } {
  return { area: selection.areas.join(",") || null, types: selection.types.join(",") || null };
}

/** What the page shows for a URL: the same on the server (prefetch) and in the browser, so both use one query key. */
export function activityFilterOf(state: InvestigateState, params: URLSearchParams): ActivityFilter {
  const { areas, types } = parseActivitySelection(params);
  return {
    areas,
    types,
    actorIds: state.userIds,
    from: state.from,
    to: state.to,
    includeApiAccess: params.get("api") === "1",
  };
}
