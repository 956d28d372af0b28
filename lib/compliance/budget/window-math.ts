import "server-only";

export const DEFAULT_WINDOW_MS = 60_000;

/**
 * Extra time each send stays in our window beyond the server's. Our timestamp is taken when the
 * slot is granted, the server's when the request arrives (after the event loop, the socket and,
 * upstream, its own queueing). Without a margin, a send granted the instant a slot frees can land
 * a few ms inside the server's window of the send it replaces, which is a 429. 500 ms of a 60 s
 * window costs under 1 % of throughput; short test windows get 1 % of their length.
 */
export function sendMarginMs(windowMs: number): number {
  return Math.min(500, Math.round(windowMs * 0.01));
}

/**
 * When checking the server's `remaining` against our own count, sends that left our window this
 * recently still count: the server stamps later than we do, so for a moment it sees sends we have
 * already let go of. Without this grace our own traffic would look like a stranger's and we'd
 * throttle ourselves.
 */
export function reconcileGraceMs(windowMs: number): number {
  return Math.min(2_000, Math.round(windowMs * 0.04));
}
