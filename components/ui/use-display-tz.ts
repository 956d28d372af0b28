"use client";

import { useSyncExternalStore } from "react";
import type { TimeZoneMode } from "@/lib/urls/investigate-url";

const noSubscribe = () => () => undefined;

/**
 * The zone to format times in. The server does not know the viewer's zone, so the server HTML and the hydrating
 * render both use UTC (labelled "UTC", so never ambiguous) and the browser switches to local time right after
 * hydration; formatting "local" on the server would differ from the browser's text and break hydration.
 * Client-side navigations render in the chosen zone at once.
 */
export function useDisplayTz(tz: TimeZoneMode): TimeZoneMode {
  const hydrated = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  return hydrated ? tz : "utc";
}
