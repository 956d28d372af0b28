import { z } from "zod";
import { MAX_CUSTODIANS_PER_QUERY } from "@/lib/schemas/investigate";

// The whole investigation query lives in the URL (`?u=a,b&from=…&to=…&preset=30d&tz=utc`) so a link reproduces it.

export const PRESETS = ["24h", "7d", "30d", "90d", "custom"] as const;
export type Preset = (typeof PRESETS)[number];
export const PRESET_LABELS: Record<Preset, string> = {
  "24h": "24 h",
  "7d": "7 days",
  "30d": "30 days",
  "90d": "90 days",
  custom: "Custom",
};
const PRESET_MS: Record<Exclude<Preset, "custom">, number> = {
  "24h": 86_400_000,
  "7d": 7 * 86_400_000,
  "30d": 30 * 86_400_000,
  "90d": 90 * 86_400_000,
};

/** Rows per request: big pages keep a 10,000-chat list to twenty round trips. */
export const CHAT_PAGE_SIZE = 500;

/** Page-specific parameters kept when the shared filter (custodians, window, zone) is rewritten. */
export const PAGE_PARAMS = ["sort", "kind", "area", "api", "updated"] as const;

export type TimeZoneMode = "local" | "utc";

export type InvestigateState = {
  userIds: string[];
  from: string;
  to: string;
  preset: Preset;
  tz: TimeZoneMode;
};

const Iso = z.iso.datetime({ offset: true }).transform((v) => new Date(v).toISOString());
const Id = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/);

/** The window a preset covers, ending now (rounded up to the minute so re-renders keep one cache key). */
export function presetWindow(preset: Exclude<Preset, "custom">, now: Date): { from: string; to: string } {
  const end = Math.ceil(now.getTime() / 60_000) * 60_000;
  return { from: new Date(end - PRESET_MS[preset]).toISOString(), to: new Date(end).toISOString() };
}

/** Reads the URL; anything malformed falls back to the default (last 30 days, no custodians) instead of failing. */
export function parseInvestigateParams(params: URLSearchParams, now: Date): InvestigateState {
  const ids = (params.get("u") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => Id.safeParse(s).success);
  const userIds = [...new Set(ids)].slice(0, MAX_CUSTODIANS_PER_QUERY);
  const presetParsed = z.enum(PRESETS).safeParse(params.get("preset"));
  const from = Iso.safeParse(params.get("from"));
  const to = Iso.safeParse(params.get("to"));
  const tz: TimeZoneMode = params.get("tz") === "utc" ? "utc" : "local";
  const hasWindow = from.success && to.success && Date.parse(from.data) < Date.parse(to.data);
  if (hasWindow)
    return { userIds, from: from.data, to: to.data, preset: presetParsed.success ? presetParsed.data : "custom", tz };
  const preset = presetParsed.success && presetParsed.data !== "custom" ? presetParsed.data : "30d";
  return { userIds, ...presetWindow(preset, now), preset, tz };
}

/** The query string for a state (ids in the order picked, so chips keep their order on reload). */
export function toInvestigateSearch(state: InvestigateState): string {
  const search = new URLSearchParams();
  if (state.userIds.length) search.set("u", state.userIds.join(","));
  search.set("from", state.from);
  search.set("to", state.to);
  search.set("preset", state.preset);
  if (state.tz === "utc") search.set("tz", "utc");
  return `?${search.toString()}`;
}
