import { groupActivityTypes } from "./activity-areas";
import { legacyAreas } from "./activity-areas-legacy";

// A choice of event types, written compactly: whole areas by id plus single types. "Chats + Files + one sign-in
// type" is `areas=[claude_chat, claude_file], types=[sso_login_failed]`, not 19 type names, so the page's URL and
// our routes' query strings stay short whatever is picked (all 483 types are ~15 KB spelt out; Node refuses
// request heads over 16 KB).

export type ActivityArea = { id: string; label: string; types: string[] };
export type ActivitySelection = { areas: string[]; types: string[] };

export const EMPTY_SELECTION: ActivitySelection = { areas: [], types: [] };

/** The known areas (static: derived from the enum snapshot). */
export const KNOWN_AREAS: readonly ActivityArea[] = groupActivityTypes();

/** Area ids of the first, by-prefix grouping (`area=sso` in old links) → the types each stood for. */
export const LEGACY_AREAS = legacyAreas(new Set(KNOWN_AREAS.map((a) => a.id)));

/**
 * Every type the selection stands for, de-duplicated and sorted. An old area id stands for its old types; unknown
 * area ids stand for nothing.
 */
export function expandSelection(selection: ActivitySelection, areas: readonly ActivityArea[] = KNOWN_AREAS): string[] {
  const byId = new Map<string, readonly string[]>([...LEGACY_AREAS, ...areas.map((a) => [a.id, a.types] as const)]);
  return [...new Set([...selection.areas.flatMap((id) => byId.get(id) ?? []), ...selection.types])].sort();
}

/** The shortest spelling of a set of types: areas wholly chosen by id, the rest one by one (both sorted). */
export function compactSelection(
  types: Iterable<string>,
  areas: readonly ActivityArea[] = KNOWN_AREAS,
): ActivitySelection {
  const chosen = new Set(types);
  const whole = areas.filter((a) => a.types.length > 0 && a.types.every((t) => chosen.has(t)));
  const covered = new Set(whole.flatMap((a) => a.types));
  return { areas: whole.map((a) => a.id).sort(), types: [...chosen].filter((t) => !covered.has(t)).sort() };
}

/** A selection naming old area ids, rewritten in today's areas (the same types); others are returned as they are. */
export function upgradeSelection(selection: ActivitySelection): ActivitySelection {
  if (!selection.areas.some((id) => LEGACY_AREAS.has(id))) return selection;
  return compactSelection(expandSelection(selection));
}

export function isEmptySelection(selection: ActivitySelection): boolean {
  return selection.areas.length === 0 && selection.types.length === 0;
}
