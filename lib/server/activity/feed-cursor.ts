import "server-only";
import { z } from "zod";
import { decodeCursor } from "@/lib/server/http/cursor";
import { AppError } from "../http/errors";
import type { FeedPosition } from "./merged-feed";

const KIND = "activity";
const Positions = z.object({ p: z.array(z.string().max(500).nullable()).min(1).max(100) });

/** Our cursor over a (possibly split) feed: where each of its A1 walks stands; null when all are read. */
export function encodeFeedCursor(positions: readonly FeedPosition[]): string | null {
  if (positions.every((p) => p === null)) return null;
  return Buffer.from(JSON.stringify({ k: KIND, p: positions }), "utf8").toString("base64url");
}

/** The start of each of `parts` walks; a cursor from another filter (another number of walks) is a 422. */
export function decodeFeedCursor(raw: string | undefined, parts: number): FeedPosition[] | undefined {
  if (!raw) return undefined;
  const { p } = decodeCursor(KIND, raw, Positions);
  if (p.length !== parts)
    throw new AppError("invalid_input", "Invalid input: cursor", {
      fields: { cursor: ["Invalid or expired cursor; reload the list"] },
    });
  return p;
}
