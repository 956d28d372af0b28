import { MODELS } from "../data/people";
import { hashInts } from "../data/prng";
import { TOPICS } from "../data/text";
import { MINUTE } from "../data/time";
import type { Directory } from "./directory";
import type { ChatMeta, ChatPlan, IndexList, ProjectMeta } from "./plan-types";
import type { World } from "./world";

export const LARGE_CHATS = 1_000_000;
/**
 * Users 0..HEAVY_USERS-1 are heavy: each owns one chat in every block of BLOCK chats (about 1,100 each), so the
 * ten of them (the `demo_custodians` landmark) give an investigation a list of more than 10,000 chats.
 */
export const HEAVY_USERS = 10;
const BLOCK = 900;
const NORMAL_PER_BLOCK = BLOCK - HEAVY_USERS;
/** Every large chat lasts exactly this long, so updated_at order == created_at order (both index-computable). */
const DURATION = 30 * MINUTE;

/**
 * The large profile: everything is arithmetic on the chat index g, nothing is stored.
 * - chats come in blocks of BLOCK: position j < HEAVY_USERS of a block belongs to heavy user j; the m-th of the
 *   other chats (counted across blocks) belongs to user HEAVY_USERS + m mod (U − HEAVY_USERS). Both directions
 *   (chat → user, user's k-th chat → g) are arithmetic;
 * - created_at grows strictly with g; updated_at = created_at + 30 min;
 * - message counts pair up (10 + d, 10 − d) so the total is exactly 10 per chat on average.
 */
export function buildLargePlan(world: World, dir: Directory, projects: ProjectMeta[]): ChatPlan {
  const n = LARGE_CHATS;
  const users = dir.users.length;
  const normalUsers = users - HEAVY_USERS;
  const normalChats = Math.floor(n / BLOCK) * NORMAL_PER_BLOCK + Math.max(0, (n % BLOCK) - HEAVY_USERS);
  const userOf = (g: number) => {
    const j = g % BLOCK;
    if (j < HEAVY_USERS) return j;
    return HEAVY_USERS + ((Math.floor(g / BLOCK) * NORMAL_PER_BLOCK + j - HEAVY_USERS) % normalUsers);
  };
  const ofUser = (u: number): IndexList => {
    if (u < 0 || u >= users) return { size: 0, at: () => -1 };
    if (u < HEAVY_USERS) return { size: Math.max(0, Math.ceil((n - u) / BLOCK)), at: (k) => u + k * BLOCK };
    const r = u - HEAVY_USERS;
    return {
      size: Math.max(0, Math.ceil((normalChats - r) / normalUsers)),
      at: (k) => {
        const m = r + k * normalUsers;
        return Math.floor(m / NORMAL_PER_BLOCK) * BLOCK + HEAVY_USERS + (m % NORMAL_PER_BLOCK);
      },
    };
  };
  const step = (world.nowMs - world.startMs - DURATION - MINUTE) / n;
  const createdMs = (g: number) =>
    world.startMs + Math.floor(g * step + ((hashInts(world.seed, 0x1c, g) % 1000) / 1000) * (step / 2));
  const countOf = (g: number) => {
    const d = hashInts(world.seed, 0x1d, g >> 1) % 9;
    return g % 2 === 0 ? 10 + d : 10 - d;
  };
  const isDeleted = (g: number) => g % 1009 === 17;
  const meta = (g: number): ChatMeta => {
    const h = hashInts(world.seed, 0x1e, g);
    const user = userOf(g);
    const org = dir.users[user].org;
    const c = createdMs(g);
    const end = c + DURATION;
    const deleted = isDeleted(g);
    const candidate = g % 50 === 0 ? projects[(g / 50) % projects.length] : undefined;
    const project = candidate && candidate.org === org && candidate.createdMs < c ? candidate.p : null;
    return {
      g,
      user,
      org,
      createdMs: c,
      lastMessageMs: deleted ? end - MINUTE : end,
      updatedMs: end,
      deletedMs: deleted ? end : null,
      project,
      messageCount: countOf(g),
      kind: "normal",
      variant: 0,
      topic: h % TOPICS.length,
      model: MODELS[(h >>> 8) % MODELS.length],
      hasUploads: g % 1000 === 7,
      hasArtifact: g % 1000 === 507 && countOf(g) >= 4,
      hasGenerated: g % 1000 === 257 && countOf(g) >= 4,
    };
  };
  const identity: IndexList = { size: n, at: (k) => k };
  const projectChats = new Map<number, number[]>();
  for (let g = 0; g < n; g += 50) {
    const p = meta(g).project;
    if (p !== null) projectChats.set(p, [...(projectChats.get(p) ?? []), g]);
  }
  const contentChats: number[] = [];
  for (let g = 0; g < n; g++) if (g % 250 === 7) contentChats.push(g);
  const softDeleted: number[] = [];
  for (let g = 17; g < n; g += 1009) softDeleted.push(g);
  return {
    size: n,
    meta,
    byUpdated: identity,
    ofUser,
    ofProject: (p) => projectChats.get(p) ?? [],
    contentChats: () => contentChats,
    softDeleted: () => softDeleted,
    totalMessages: 10 * n,
  };
}
