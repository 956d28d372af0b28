import { hashedId, indexOfId } from "../data/ids";
import { rngFor } from "../data/prng";
import { iso, MINUTE } from "../data/time";
import { EMPTY, lazyCollection } from "./collection";
import type { Ctx } from "./context";
import { userById } from "./directory";
import { sessionTurn } from "./session-content";
import { foundingUsers, slotMs } from "./slots";
import type { Rec, SortedCollection } from "./types";

/**
 * Remote (Cowork cloud) sessions (RS1–RS2). Every fifth is agent-owned (`user` null, `agent_id` and
 * `started_by_user` set); session 2 is still `pending`, so its messages are not available.
 */

const STATUSES = ["active", "paused", "archived", "archived", "failed"] as const;

interface RemoteMeta {
  s: number;
  user: number;
  agent: boolean;
  createdMs: number;
  updatedMs: number;
  count: number;
  status: string;
  project: number | null;
}

export function remoteSessionViews(ctx: Ctx) {
  const count = ctx.world.profile === "demo" ? 20 : 300;
  const active = foundingUsers(ctx);
  const meta = (s: number): RemoteMeta => {
    const r = rngFor(ctx.world.seed, "remote", s);
    const createdMs = slotMs(ctx, s, count, 12 * 60 * MINUTE, r.next());
    const n = r.range(4, 24);
    const user = active[(s * 3 + 1) % active.length].index;
    const projects = ctx.projects.filter((p) => p.org === ctx.dir.users[user].org && p.createdMs < createdMs);
    return {
      s,
      user,
      agent: s % 5 === 3,
      createdMs,
      updatedMs: createdMs + n * 3 * MINUTE,
      count: n,
      status: s === 2 ? "pending" : STATUSES[s % STATUSES.length],
      project: projects.length > 0 && s % 4 === 0 ? r.pick(projects).p : null,
    };
  };
  const record = (m: RemoteMeta): Rec => {
    const u = ctx.dir.users[m.user];
    const person = { id: u.id, email_address: u.email };
    return {
      id: ctx.codecs.remote.make(m.s),
      organization_uuid: ctx.dir.orgs[u.org].uuid,
      status: m.status,
      user: m.agent ? null : person,
      agent_id: m.agent ? hashedId("cagt_", ctx.world.seed, `agent:${m.s % 3}`) : null,
      started_by_user: m.agent ? person : null,
      product_surface: m.s === 7 ? null : "cowork_remote",
      claude_project_id: m.project === null ? null : ctx.codecs.project.make(m.project),
      created_at: iso(m.createdMs),
      updated_at: iso(m.updatedMs),
    };
  };
  const find = (id: string) => {
    const s = indexOfId(ctx.codecs.remote, id, count);
    return s === undefined ? undefined : meta(s);
  };
  const keyOf = (s: number) => [iso(meta(s).createdMs), ctx.codecs.remote.make(s)] as const;
  const all = lazyCollection(count, (s) => record(meta(s)), keyOf);
  return {
    remoteSessions: (): SortedCollection => all,
    remoteSessionsOfUser(userId: string): SortedCollection {
      const u = userById(ctx.dir, userId);
      if (!u) return EMPTY;
      // Owned sessions only: agent-owned ones never match user_ids[] (reference §5.17).
      const owned = Array.from({ length: count }, (_, s) => s).filter((s) => {
        const m = meta(s);
        return m.user === u.index && !m.agent;
      });
      return lazyCollection(
        owned.length,
        (k) => record(meta(owned[k])),
        (k) => keyOf(owned[k]),
      );
    },
    remoteSession: (id: string): Rec | undefined => {
      const m = find(id);
      return m ? record(m) : undefined;
    },
    remoteSessionMessages(id: string): SortedCollection | undefined {
      const m = find(id);
      if (!m || m.status === "pending") return undefined;
      const time = (j: number) => m.createdMs + j * 3 * MINUTE;
      return lazyCollection(
        m.count,
        (j) => remoteMessage(ctx, m, j, time(j)),
        (j) => [iso(time(j)), ctx.codecs.remoteMsg.make(m.s, j)],
      );
    },
  };
}

function remoteMessage(ctx: Ctx, m: RemoteMeta, j: number, atMs: number): Rec {
  const role = j % 2 === 0 ? "user" : "assistant";
  const unavailable = m.s % 6 === 1 && j === 3;
  return {
    id: ctx.codecs.remoteMsg.make(m.s, j),
    role,
    created_at: iso(atMs),
    content: unavailable ? [] : sessionTurn(ctx.world.seed, "remote-msg", m.s, j, role, false),
    sent_by_user_id: m.agent && role === "user" ? ctx.dir.users[m.user].id : null,
    content_unavailable: unavailable,
  };
}
