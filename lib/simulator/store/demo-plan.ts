import {
  BIG_FILE_OWNER,
  HOSTILE_OWNER,
  LONG_CHAT_OWNER,
  MODELS,
  PREFERRED_CUSTODIANS,
  TOOL_CHAT_OWNER,
} from "../data/people";
import { rngFor } from "../data/prng";
import { TOPICS } from "../data/text";
import { DAY, HOUR, MINUTE } from "../data/time";
import { BIG_FILE_BYTES } from "./attachments";
import type { Directory } from "./directory";
import { arrayList, type ChatKind, type ChatMeta, type ChatPlan, type ProjectMeta } from "./plan-types";
import type { World } from "./world";

export const DEMO_CHATS = 420;
export const LONG_CHAT_MESSAGES = 5000;

/** Where the landmark chats sit in creation order (fractions of the 90 days). */
export function demoLandmarkIndices(n = DEMO_CHATS) {
  return {
    long: Math.floor(n * 0.3),
    bigFile: Math.floor(n * 0.5),
    softDeleted: Math.floor(n * 0.7),
    tool: Math.floor(n * 0.85),
    hostile: [Math.floor(n * 0.9), Math.floor(n * 0.9) + 1, Math.floor(n * 0.9) + 2],
  };
}

/**
 * The demo's ~420 chats, materialised once (cheap) so per-user and updated_at orders are plain arrays. `bigFileBytes`
 * only sizes the big_file landmark upload; every other record is the same whatever its value.
 */
export function buildDemoPlan(
  world: World,
  dir: Directory,
  projects: ProjectMeta[],
  chatId: (g: number) => string,
  bigFileBytes: number = BIG_FILE_BYTES,
): ChatPlan {
  const n = DEMO_CHATS;
  const marks = demoLandmarkIndices(n);
  const byEmail = (local: string) => dir.users.findIndex((u) => u.email.startsWith(`${local}@`));
  const special = new Map<number, { kind: ChatKind; user: number; variant: number }>([
    [marks.long, { kind: "long", user: byEmail(LONG_CHAT_OWNER), variant: 0 }],
    [marks.bigFile, { kind: "big_file", user: byEmail(BIG_FILE_OWNER), variant: 0 }],
    [marks.tool, { kind: "tool", user: byEmail(TOOL_CHAT_OWNER), variant: 0 }],
    ...marks.hostile.map(
      (g, v) => [g, { kind: "hostile" as const, user: byEmail(HOSTILE_OWNER), variant: v }] as const,
    ),
  ]);
  const preferred = new Set<string>(PREFERRED_CUSTODIANS);
  const weights = dir.users.map((u) => (preferred.has(u.email.split("@")[0]) ? 3 : u.role === "managed" ? 0.3 : 1));
  const span = world.nowMs - world.startMs - 2 * HOUR;
  const metas: ChatMeta[] = [];
  for (let g = 0; g < n; g++) {
    const r = rngFor(world.seed, "demo-chat", g);
    const createdMs = world.startMs + Math.floor(((g + 0.05 + 0.85 * r.next()) * span) / n);
    const sp = special.get(g);
    const user = sp ? sp.user : pickUser(r.next(), weights, dir, createdMs);
    const kind: ChatKind = sp?.kind ?? "normal";
    const messageCount =
      kind === "long" ? LONG_CHAT_MESSAGES : kind === "tool" ? 8 : kind === "hostile" ? 6 : r.range(2, 24);
    const duration =
      kind === "long" ? 21 * DAY : messageCount * MINUTE * r.range(2, 6) + (r.chance(0.2) ? r.int(3 * DAY) : 0);
    const lastMessageMs = Math.min(createdMs + duration, world.nowMs - MINUTE);
    const softDeleted = g === marks.softDeleted || (kind === "normal" && r.chance(0.02));
    const deletedMs = softDeleted ? Math.min(lastMessageMs + r.range(1, 48) * HOUR, world.nowMs - 1000) : null;
    const org = dir.users[user].org;
    const eligible = projects.filter(
      (p) => p.org === org && p.createdMs < createdMs && p.deletedMs === null && p.p !== 9,
    );
    const inProject = kind === "normal" && eligible.length > 0 && r.chance(0.22);
    metas.push({
      g,
      user,
      org,
      createdMs,
      lastMessageMs,
      updatedMs: deletedMs ?? lastMessageMs,
      deletedMs,
      project: inProject ? r.pick(eligible).p : null,
      messageCount,
      kind,
      variant: sp?.variant ?? 0,
      topic: r.int(TOPICS.length),
      model: r.chance(0.03) && kind === "normal" ? null : r.pick(MODELS),
      hasUploads: kind === "big_file" || kind === "hostile" || (kind === "normal" && r.chance(0.35)),
      hasArtifact: kind === "hostile" || (kind === "normal" && messageCount >= 4 && r.chance(0.2)),
      hasGenerated: kind === "tool" || (kind === "normal" && messageCount >= 4 && r.chance(0.15)),
    });
  }
  // Project 0 must hold chats (a delete then answers 409): move a few chats of its org in.
  const p0 = projects[0];
  let moved = 0;
  for (const m of metas) {
    if (moved >= 3 || m.project === 0) continue;
    if (m.kind === "normal" && m.org === p0.org && m.createdMs > p0.createdMs && m.deletedMs === null) {
      m.project = 0;
      moved++;
    }
  }
  const ids = metas.map((m) => chatId(m.g));
  const byUpdated = metas
    .map((m) => m.g)
    .sort((a, b) => metas[a].updatedMs - metas[b].updatedMs || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const perUser = dir.users.map(() => [] as number[]);
  const perProject = projects.map(() => [] as number[]);
  for (const m of metas) {
    perUser[m.user].push(m.g);
    if (m.project !== null) perProject[m.project].push(m.g);
  }
  return {
    size: n,
    meta: (g) => metas[g],
    byUpdated: arrayList(byUpdated),
    ofUser: (u) => arrayList(perUser[u] ?? []),
    ofProject: (p) => perProject[p] ?? [],
    contentChats: () => metas.map((m) => m.g),
    softDeleted: () => metas.filter((m) => m.deletedMs !== null).map((m) => m.g),
    totalMessages: metas.reduce((s, m) => s + m.messageCount, 0),
    bigFileBytes,
  };
}

function pickUser(x: number, weights: number[], dir: Directory, atMs: number): number {
  // Only users who had joined by then can start a chat.
  const w = weights.map((v, u) => (dir.users[u].createdMs < atMs ? v : 0));
  let t = x * w.reduce((a, b) => a + b, 0);
  for (let u = 0; u < w.length; u++) {
    t -= w[u];
    if (t < 0) return u;
  }
  return w.findIndex((v) => v > 0);
}
