import { AREA_RULES, OTHER_AREA } from "./activity-area-table";
import { ACTIVITY_TYPES } from "./activity-types";

// Activity types grouped into the areas of activity-area-table.ts ("sso_login_failed" → "Sign-in &
// authentication"), by the longest prefix that matches. New upstream types with a known prefix land in the right
// area automatically; a type under a prefix nobody claims is "Other".

const AREA_OF_PREFIX = new Map(AREA_RULES.flatMap((area) => area.prefixes.map((prefix) => [prefix, area.id] as const)));
const LABEL_OF_AREA = new Map<string, string>([
  ...AREA_RULES.map((area) => [area.id, area.label] as const),
  [OTHER_AREA.id, OTHER_AREA.label],
]);

/** Area id of an activity type: the area of its longest matching prefix, "other" when none matches. */
export function activityAreaOf(type: string): string {
  const parts = type.split("_");
  for (let n = parts.length; n > 0; n--) {
    const area = AREA_OF_PREFIX.get(parts.slice(0, n).join("_"));
    if (area) return area;
  }
  return OTHER_AREA.id;
}

/** The area's name as the picker, the feed's badges and the histogram show it. */
export function activityAreaLabel(area: string): string {
  const label = LABEL_OF_AREA.get(area);
  if (label) return label;
  const words = area.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Known types grouped by area, areas in the table's order ("Other" last, when some type falls there). */
export function groupActivityTypes(
  types: readonly string[] = ACTIVITY_TYPES,
): Array<{ id: string; label: string; types: string[] }> {
  const byArea = new Map<string, string[]>();
  for (const t of types) {
    const area = activityAreaOf(t);
    byArea.set(area, [...(byArea.get(area) ?? []), t]);
  }
  return [...AREA_RULES.map((a) => a.id), OTHER_AREA.id].flatMap((id) => {
    const list = byArea.get(id);
    return list ? [{ id, label: activityAreaLabel(id), types: [...list].sort() }] : [];
  });
}
