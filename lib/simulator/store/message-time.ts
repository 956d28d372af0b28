import { hashInts } from "../data/prng";
import type { ChatMeta } from "./plan-types";

/**
 * created_at of message j: the first at the chat's creation, the last at its last message, the rest
 * spread in between with jitter but strictly increasing (so (created_at, id) order == j order).
 */
export function messageTime(meta: ChatMeta, j: number): number {
  const n = meta.messageCount;
  if (j <= 0 || n <= 1) return meta.createdMs;
  if (j >= n - 1) return meta.lastMessageMs;
  const slot = (meta.lastMessageMs - meta.createdMs) / (n - 1);
  const jitter = ((hashInts(meta.g, j) % 1000) / 1000) * 0.6 * slot;
  return meta.createdMs + Math.floor(slot * j + jitter);
}
