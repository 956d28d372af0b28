import { useEffect, useRef } from "react";
import { sameIds } from "@/lib/urls/custodian-limit";

/** Read in event handlers only (React's purity lint cannot tell them from render code). */
const clock = () => Date.now();

/**
 * The picked ids as last requested, for event handlers. The URL (and so `value`) updates after a navigation, so
 * quick successive picks build on this instead; and a URL from before the latest pick (its navigation committing
 * late) must not roll it back, or the next pick would drop someone. Any other change (Back, a link) wins once ours
 * has landed or 2 s have passed.
 */
export function useLatestIds(value: string[], onChange: (ids: string[]) => void) {
  const latest = useRef(value);
  const requested = useRef<{ ids: string[]; at: number } | null>(null);
  useEffect(() => {
    const r = requested.current;
    if (r && !sameIds(r.ids, value) && clock() - r.at < 2000) return;
    requested.current = null;
    latest.current = value;
  }, [value]);
  function request(ids: string[]) {
    latest.current = ids;
    requested.current = { ids, at: clock() };
    onChange(ids);
  }
  return { latest, request };
}
