import { hashedId, indexOfId } from "../data/ids";
import { MODELS } from "../data/people";
import { rngFor } from "../data/prng";
import { iso, MINUTE } from "../data/time";
import { lazyCollection } from "./collection";
import type { Ctx } from "./context";
import { sessionTurn, stext } from "./session-content";
import { foundingUsers, slotMs } from "./slots";
import type { Rec, SortedCollection } from "./types";

/** Local sessions (LS1–LS3): Claude Code, Cowork, Office agents, Chrome, unrecorded surfaces. */

const SURFACES = [
  "claude_code",
  "cowork",
  "office_agents/excel",
  "claude_in_chrome",
  null,
  "claude_code",
  "office_agents/word",
  "claude_science",
] as const;

interface LocalMeta {
  s: number;
  user: number;
  createdMs: number;
  updatedMs: number;
  surface: string | null;
  count: number;
}

export function localSessionViews(ctx: Ctx) {
  const count = ctx.world.profile === "demo" ? 36 : 500;
  const active = foundingUsers(ctx);
  const meta = (s: number): LocalMeta => {
    const r = rngFor(ctx.world.seed, "local", s);
    const createdMs = slotMs(ctx, s, count, 6 * 60 * MINUTE, r.next());
    const n = r.range(6, 30);
    return {
      s,
      user: active[(s * 7 + r.int(3)) % active.length].index,
      createdMs,
      updatedMs: createdMs + n * 2 * MINUTE,
      surface: SURFACES[s % SURFACES.length],
      count: n,
    };
  };
  const record = (m: LocalMeta, withEmail = true): Rec => {
    const u = ctx.dir.users[m.user];
    return {
      type: "compliance_local_session",
      id: ctx.codecs.local.make(m.s),
      organization_uuid: ctx.dir.orgs[u.org].uuid,
      user: { id: u.id, email_address: withEmail ? u.email : null },
      product_surface: m.surface,
      workspace_id: m.surface === "claude_code" ? hashedId("wrkspc_", ctx.world.seed, `ws:${u.org}`) : null,
      created_at: iso(m.createdMs),
      updated_at: iso(m.updatedMs),
      truncated: m.s === 3,
    };
  };
  const find = (id: string) => {
    const s = indexOfId(ctx.codecs.local, id, count);
    return s === undefined ? undefined : meta(s);
  };
  const all = lazyCollection(
    count,
    (s) => record(meta(s)),
    (s) => [iso(meta(s).createdMs), ctx.codecs.local.make(s)],
  );
  return {
    localSessions: (): SortedCollection => all,
    localSession: (id: string): Rec | undefined => {
      const m = find(id);
      return m ? record(m) : undefined;
    },
    localSessionMessages(id: string): SortedCollection | undefined {
      const m = find(id);
      if (!m) return undefined;
      const time = (j: number) => m.createdMs + j * Math.floor((m.updatedMs - m.createdMs) / m.count);
      return lazyCollection(
        m.count,
        (j) => localMessage(ctx, m, j, time(j)),
        (j) => [iso(time(j)), ctx.codecs.localMsg.make(m.s, j)],
      );
    },
  };
}

function localMessage(ctx: Ctx, m: LocalMeta, j: number, atMs: number): Rec {
  const base = {
    type: "compliance_local_session_message",
    id: ctx.codecs.localMsg.make(m.s, j),
    created_at: iso(atMs),
  };
  const unavailable = (reason: string): Rec => ({
    ...base,
    role: "user",
    model: null,
    provenance: { type: "content_unavailable", reason },
    content: [],
  });
  const straddles = m.s % 9 === 4; // starts before the retention boundary
  if (straddles && j === 0) return unavailable("retention_elapsed");
  const first = straddles ? 1 : 0;
  if (j === first) {
    return {
      ...base,
      role: "user",
      model: null,
      provenance: { type: "synthetic_marker" },
      content: [stext("[system prompt content not shown]")],
    };
  }
  if (m.s % 7 === 5 && j === first + 3) return unavailable("not_captured");
  if (m.s % 11 === 6 && j === first + 4) return { ...unavailable("client_aborted"), role: "assistant" };
  const role = (j - first) % 2 === 1 ? "user" : "assistant";
  const content = sessionTurn(ctx.world.seed, "local-msg", m.s, j, role, m.s === 1 && j === first + 2);
  const asserted = role === "user" && m.surface === "claude_in_chrome";
  return {
    ...base,
    role,
    model: role === "assistant" ? MODELS[m.s % MODELS.length] : null,
    provenance: asserted ? { type: "client_asserted" } : null,
    content,
  };
}
