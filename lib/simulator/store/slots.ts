import type { Ctx } from "./context";
import type { UserRow } from "./directory";

/** Users who already existed when the history opens: sessions and code artifacts only ever belong to them. */
export function foundingUsers(ctx: Ctx): UserRow[] {
  return ctx.dir.users.filter((u) => u.createdMs < ctx.world.startMs);
}

/**
 * Creation time of record `s` of `count`, spread over the history up to `tailMs` before now. Each record owns one
 * slot and `jitter` (0–1) moves it only inside the slot's middle 60 %, so index order is creation order and the lazy
 * collections are sorted by created_at without sorting anything.
 */
export function slotMs(ctx: Ctx, s: number, count: number, tailMs: number, jitter: number): number {
  const span = ctx.world.nowMs - ctx.world.startMs - tailMs;
  return ctx.world.startMs + Math.floor(((s + 0.2 + 0.6 * jitter) * span) / count);
}
