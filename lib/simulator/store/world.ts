import { DAY } from "../data/time";

/** What every part of a store is derived from. */
export interface World {
  profile: "demo" | "large";
  seed: number;
  nowMs: number;
  /** Start of the generated history: 90 days before now. */
  startMs: number;
}

export const HISTORY_DAYS = 90;

export function makeWorld(profile: "demo" | "large", seed: number, now: Date): World {
  const nowMs = now.getTime();
  return { profile, seed, nowMs, startMs: nowMs - HISTORY_DAYS * DAY };
}
