import { textContent } from "../data/content";
import { indexOfId } from "../data/ids";
import { rngFor } from "../data/prng";
import { TOPICS } from "../data/text";
import { DAY, HOUR, iso } from "../data/time";
import { lazyCollection } from "./collection";
import type { Ctx } from "./context";
import { foundingUsers } from "./slots";
import type { ContentSource, Rec, SortedCollection } from "./types";

/** Claude Code artifacts (CA1–CA3), sorted by id as upstream lists them. */

const READ_MODES = ["org", "owner", "public", "users"] as const;

interface CodeMeta {
  a: number;
  user: number;
  agent: boolean;
  versions: number;
  firstMs: number;
  legacy: boolean;
  unpublished: boolean;
}

export function codeArtifactViews(ctx: Ctx) {
  const count = ctx.world.profile === "demo" ? 12 : 100;
  const active = foundingUsers(ctx);
  const meta = (a: number): CodeMeta => {
    const r = rngFor(ctx.world.seed, "cart", a);
    return {
      a,
      user: active[(a * 5 + 2) % active.length].index,
      agent: a === 4,
      versions: r.range(1, 5),
      firstMs: ctx.world.startMs + r.int(80 * DAY),
      legacy: a === 6,
      unpublished: a === 8,
    };
  };
  const versionMs = (m: CodeMeta, v: number) => m.firstMs + v * 6 * HOUR;
  /**
   * `name` is the artifact's title at that version (reference: CA1 `versions[].name`); the first version of a
   * multi-version artifact was still a draft. Where the title of an old version is no longer retained (the legacy
   * artifact's first version) the API falls back to the version id. Artifact 2's title is hostile on purpose.
   */
  const titleOf = (m: CodeMeta, v: number, versionId: string): string => {
    if (m.legacy && v === 0) return versionId;
    if (m.a === 2) return `../${TOPICS[m.a % TOPICS.length]} <script>"final"</script>`;
    const topic = TOPICS[m.a % TOPICS.length].replace(/^the /, "");
    const title = `${topic.charAt(0).toUpperCase()}${topic.slice(1)} dashboard`;
    return v === 0 && m.versions > 1 ? `${title} (draft)` : title;
  };
  const record = (m: CodeMeta): Rec => {
    const u = ctx.dir.users[m.user];
    const versions = Array.from({ length: m.versions }, (_, v) => ({
      id: ctx.codecs.codeVersion.make(m.a, v),
      name: titleOf(m, v, ctx.codecs.codeVersion.make(m.a, v)),
      created_at: m.legacy && v === 0 ? null : iso(versionMs(m, v)),
    })).reverse(); // newest first: the ≈20 most recent
    return {
      id: ctx.codecs.codeArtifact.make(m.a),
      organization_uuid: ctx.dir.orgs[u.org].uuid,
      owner_user_id: m.agent ? null : u.id,
      user: m.agent ? null : { id: u.id, email_address: u.email },
      read_mode: READ_MODES[m.a % READ_MODES.length],
      published_version_id: m.unpublished ? null : ctx.codecs.codeVersion.make(m.a, m.versions - 1),
      updated_at: m.legacy ? null : iso(versionMs(m, m.versions - 1)),
      versions,
    };
  };
  const order = Array.from({ length: count }, (_, a) => a).sort((x, y) => {
    const [ix, iy] = [ctx.codecs.codeArtifact.make(x), ctx.codecs.codeArtifact.make(y)];
    return ix < iy ? -1 : ix > iy ? 1 : 0;
  });
  const find = (id: string) => {
    const a = indexOfId(ctx.codecs.codeArtifact, id, count);
    return a === undefined || ctx.deleted.codeArtifacts.has(a) ? undefined : meta(a);
  };
  const all = lazyCollection(
    count,
    (k) => record(meta(order[k])),
    (k) => {
      const id = ctx.codecs.codeArtifact.make(order[k]);
      return [id, id];
    },
  );
  return {
    codeArtifacts: (): SortedCollection => all,
    codeArtifact: (id: string): Rec | undefined => {
      const m = find(id);
      return m ? record(m) : undefined;
    },
    codeArtifactVersionContent(id: string, versionId: string): ContentSource | undefined {
      const m = find(id);
      const ref = ctx.codecs.codeVersion.parse(versionId);
      if (!m || !ref || ref.index !== m.a || ref.sub >= m.versions) return undefined;
      const topic = TOPICS[m.a % TOPICS.length];
      const html =
        `<!doctype html>\n<html><head><title>${topic}</title></head>\n` +
        `<body>\n<h1>${topic} dashboard v${ref.sub + 1}</h1>\n` +
        `<script>\n  const rows = ${JSON.stringify(Array.from({ length: 5 + ref.sub }, (_, i) => ({ i, v: rngFor(ctx.world.seed, m.a, ref.sub, i).int(1000) })))};\n` +
        `  document.body.append(rows.length + " rows");\n` +
        `</script>\n</body></html>\n`;
      return textContent(`${ctx.world.seed}:${versionId}`, html, "text/html", ctx.md5);
    },
    deleteCodeArtifact(id: string): boolean {
      const m = find(id);
      if (!m) return false;
      ctx.deleted.codeArtifacts.add(m.a);
      return true;
    },
    liveCount: () => count - ctx.deleted.codeArtifacts.size,
  };
}
