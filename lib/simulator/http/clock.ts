/**
 * The simulator's wall clock. Rate-limit windows, stats and cursor expiry all read it, so a test can move time
 * forward through `POST /_sim/clock` (e.g. to expire a 24 h local-session cursor) without waiting.
 */
export interface SimClock {
  now(): number;
  advance(ms: number): void;
}

export function createClock(base: () => number = Date.now): SimClock {
  let offset = 0;
  return {
    now: () => base() + offset,
    advance: (ms) => {
      offset += ms;
    },
  };
}
