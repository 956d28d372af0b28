import "server-only";
import { API_ACCESS_TYPE, type ActivityTypesDto } from "@/lib/schemas/investigate";
import { KNOWN_AREAS } from "@/lib/schemas/investigate/activity-selection";

/** The known activity types by area (static, not audited: it reads no custodian data). Route and page share it. */
export function listActivityTypes(): ActivityTypesDto {
  return { areas: KNOWN_AREAS.map((a) => ({ ...a, types: [...a.types] })), excludedByDefault: [API_ACCESS_TYPE] };
}
