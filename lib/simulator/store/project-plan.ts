import { rngFor } from "../data/prng";
import { TOPICS } from "../data/text";
import { DAY, HOUR } from "../data/time";
import type { Directory } from "./directory";
import type { ProjectMeta } from "./plan-types";
import type { World } from "./world";

/**
 * Projects. Demo: ten, the first seven in the parent org. Project 0 collects chats (the 409 landmark),
 * project 8 was deleted by its owner in claude.ai (deleted_at set), project 9 never gets chats.
 */
export function buildProjectMetas(world: World, dir: Directory): ProjectMeta[] {
  const count = world.profile === "demo" ? 10 : 200;
  const byOrg = [0, 1].map((org) => dir.users.filter((u) => u.org === org));
  return Array.from({ length: count }, (_, p): ProjectMeta => {
    const r = rngFor(world.seed, "project", p);
    const org = world.profile === "demo" ? (p < 7 ? 0 : 1) : p % 5 === 4 ? 1 : 0;
    const candidates = byOrg[org];
    const createdMs =
      world.profile === "demo" ? world.startMs + p * 4 * DAY + r.int(DAY) : world.startMs + p * HOUR + r.int(HOUR);
    // The owner must already have joined when the project was created.
    const joined = candidates.filter((u) => u.createdMs < createdMs);
    const owner = (joined.length > 0 ? r.pick(joined) : candidates[0]).index;
    return {
      p,
      owner,
      org,
      createdMs,
      deletedMs: world.profile === "demo" && p === 8 ? createdMs + 20 * DAY : null,
      isPrivate: p % 3 === 1,
      topic: r.int(TOPICS.length),
      fileCount: world.profile === "demo" ? r.range(1, 3) : p % 10 === 0 ? 1 : 0,
      docCount: world.profile === "demo" ? r.range(1, 3) : 1,
      hostile: world.profile === "demo" && p === 2,
    };
  });
}
