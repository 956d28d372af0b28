import type { AuditEntryDto } from "./audit";

/**
 * Display-only grouping of the audit trail. Reading a 5,000-message chat once writes one `chat.view` per page, ten
 * entries that say the same thing; the trail keeps every one of them (nothing is merged or dropped, the hash chain
 * is untouched, exports stay one line per entry) and the auditor page SHOWS such a run as one expandable row.
 *
 * A run is entries that are adjacent in the list as shown (newest first, after the filters) and share actor,
 * action, outcome, purpose and target set. Adjacent only: the trail is never reordered, so another user's entry in
 * between ends a run (filter by actor to see one person's runs whole). Only reads of a named item group: an entry
 * without targets (a search, a view of the trail itself) has no "same item", and a change (create, update, role
 * change, sign-in…) is always a row of its own.
 *
 * Where the grouping happens: on each page, in the browser, over a page the server built so that its cursor never
 * splits a run (lib/server/audit/list-audit.ts reads on past `limit` to the run's end). The auditor page pages with
 * links, one server-rendered page at a time, so grouping across loaded pages in the client would have nothing to
 * join; a page that ends on a run boundary makes per-page grouping exact, and the API's pages mean the same.
 */

const READ_VERBS = new Set(["view", "list", "search", "download", "preview"]);

export type GroupableEntry = Pick<AuditEntryDto, "actorId" | "action" | "outcome" | "purpose" | "targets">;

/** The key a run shares, or null for an entry that never groups. Labels are ignored: ids name the item. */
export function auditGroupKey(entry: GroupableEntry): string | null {
  const verb = entry.action.slice(entry.action.indexOf(".") + 1);
  if (!READ_VERBS.has(verb) || entry.targets.length === 0) return null;
  const targets = [...new Set(entry.targets.map((t) => `${t.type}:${t.id}`))].sort();
  return JSON.stringify([entry.actorId, entry.action, entry.outcome, entry.purpose?.id ?? null, targets]);
}

/** One row of the page: a single entry, or a run of them (newest first, as listed). `id` is its newest entry's. */
export type AuditGroup<E> = { id: string; entries: E[] };

/** Consecutive entries with the same non-null key become one group; order is kept exactly. */
export function groupAuditEntries<E extends GroupableEntry & { id: string }>(entries: readonly E[]): AuditGroup<E>[] {
  const groups: AuditGroup<E>[] = [];
  let lastKey: string | null = null;
  for (const entry of entries) {
    const key = auditGroupKey(entry);
    const last = groups.at(-1);
    if (key !== null && key === lastKey && last) last.entries.push(entry);
    else groups.push({ id: entry.id, entries: [entry] });
    lastKey = key;
  }
  return groups;
}
