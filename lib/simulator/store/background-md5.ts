import { SYNC_HASH_MAX, type SimContent } from "../data/content";
import { artifactOf, generatedOf, uploadsOf } from "./attachments";
import type { Ctx } from "./context";
import { findDocument, findFile, findGenerated } from "./files";
import { docDesc, projectFileDesc } from "./projects";

/**
 * Objects above SYNC_HASH_MAX are never hashed when a metadata record is built (that would stall every request for
 * seconds), so their `md5` is null until something hashes them. This hashes them once, in the background, right after
 * the store is created: one object at a time, 1 MiB between yields to the event loop (see SimContent.md5Hex).
 */

interface Candidate {
  content: SimContent;
  /** Still reachable (not hard-deleted meanwhile): no point spending seconds of CPU on a deleted object. */
  live(): boolean;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Every demo content source above SYNC_HASH_MAX. Few: in practice the big_file landmark. */
export function largeContent(ctx: Ctx): Candidate[] {
  // The large profile generates nothing above SYNC_HASH_MAX (uploads are at most 3 MB, there is no big_file chat), and
  // walking its content chats would only build thousands of CSVs to throw away.
  if (ctx.world.profile === "large") return [];
  const out: Candidate[] = [];
  const add = (content: SimContent, live: () => boolean) => {
    if (content.sizeBytes > SYNC_HASH_MAX) out.push({ content, live });
  };
  for (const g of ctx.plan.contentChats()) {
    const meta = ctx.plan.meta(g);
    for (let j = 0; j < meta.messageCount; j++) {
      for (const f of uploadsOf(ctx, meta, j)) add(f.content, () => findFile(ctx, f.id) !== undefined);
      for (const f of generatedOf(ctx, meta, j)) add(f.content, () => findGenerated(ctx, f.id) !== undefined);
      const artifact = artifactOf(ctx, meta, j);
      if (artifact) add(artifact.content, () => !ctx.deleted.chats.has(g));
    }
  }
  for (const m of ctx.projects) {
    for (let k = 0; k < m.fileCount; k++) {
      const f = projectFileDesc(ctx, m, k);
      add(f.content, () => findFile(ctx, f.id) !== undefined);
    }
    for (let k = 0; k < m.docCount; k++) {
      const d = docDesc(ctx, m, k);
      add(d.content, () => findDocument(ctx, d.id) !== undefined);
    }
  }
  return out;
}

/** Hashes every large object, one after the other; resolves when done, rejects with the abort reason once `signal` aborts. */
export async function hashLargeContent(ctx: Ctx, signal?: AbortSignal): Promise<void> {
  await tick(); // after createStore has returned: the walk below is not free
  signal?.throwIfAborted();
  for (const item of largeContent(ctx)) {
    signal?.throwIfAborted();
    if (item.live()) await item.content.md5Hex(signal);
  }
}
