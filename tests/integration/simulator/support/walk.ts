import { z } from "zod";
import { getOk, type QueryValue, type Sim } from "../../../support/simulator";
import { cursorPage, sessionPage, tokenPage } from "./schemas";

/**
 * Walks to the end of a paginated list the way a careful client does (reference §3): it follows the server's
 * cursor, and fails loudly when a cursor does not move or an item shows up twice, instead of looping.
 */

const MAX_PAGES = 20_000;

export interface WalkResult<T> {
  items: T[];
  pages: number;
  /** Page sizes in order (to see short and empty pages). */
  sizes: number[];
}

type Query = Readonly<Record<string, QueryValue>>;

interface CursorWalkOptions<T> {
  query?: Query;
  key?: string;
  /** "after_id" (default) continues forward from `last_id`; "before_id" goes back from `first_id`. */
  direction?: "after_id" | "before_id";
  /** Initial cursor. */
  start?: string;
  idOf?: (item: T) => string;
}

/** Cursor style (A1, C1): `has_more` + `first_id`/`last_id`. */
export async function walkCursor<T extends z.ZodType>(
  sim: Sim,
  path: string,
  item: T,
  opts: CursorWalkOptions<z.infer<T>> = {},
): Promise<WalkResult<z.infer<T>>> {
  const dir = opts.direction ?? "after_id";
  const idOf = opts.idOf ?? defaultId;
  const items: z.infer<T>[] = [];
  const sizes: number[] = [];
  const seen = new Set<string>();
  let cursor = opts.start;
  for (let pages = 1; pages <= MAX_PAGES; pages++) {
    const query = { ...opts.query, ...(cursor === undefined ? {} : { [dir]: cursor }) };
    const page = await getOk(sim, path, cursorPage(item), { key: opts.key, query });
    sizes.push(page.data.length);
    const ordered = dir === "after_id" ? page.data : [...page.data].reverse();
    for (const it of ordered) {
      const id = idOf(it);
      if (seen.has(id)) throw new Error(`${path}: id ${id} seen twice (page ${pages})`);
      seen.add(id);
      items.push(it);
    }
    if (page.data.length > 0 && (page.first_id === null || page.last_id === null))
      throw new Error(`${path}: non-empty page without first_id/last_id`);
    if (!page.has_more) return { items, pages, sizes };
    const next = dir === "after_id" ? page.last_id : page.first_id;
    if (next === null || next === cursor)
      throw new Error(`${path}: has_more with a cursor that does not move (${next})`);
    cursor = next;
  }
  throw new Error(`${path}: more than ${MAX_PAGES} pages`);
}

interface TokenWalkOptions<T> {
  query?: Query;
  key?: string;
  /** Identity of an item for the duplicate check; default `id`. */
  idOf?: (item: T) => string;
  /** Called with each raw page (e.g. to check a field that must be absent). */
  onPage?: (raw: unknown) => void;
}

async function walkTokensWith<T>(
  sim: Sim,
  path: string,
  fetchPage: (query: Query) => Promise<{ data: T[]; next_page: string | null; has_more?: boolean }>,
  opts: TokenWalkOptions<T>,
): Promise<WalkResult<T>> {
  const idOf = opts.idOf ?? defaultId;
  const items: T[] = [];
  const sizes: number[] = [];
  const seen = new Set<string>();
  let page: string | undefined;
  for (let pages = 1; pages <= MAX_PAGES; pages++) {
    const body = await fetchPage({ ...opts.query, ...(page === undefined ? {} : { page }) });
    sizes.push(body.data.length);
    for (const it of body.data) {
      const id = idOf(it);
      if (seen.has(id)) throw new Error(`${path}: item ${id} seen twice (page ${pages})`);
      seen.add(id);
      items.push(it);
    }
    if (body.has_more !== undefined && body.has_more !== (body.next_page !== null))
      throw new Error(`${path}: has_more=${body.has_more} but next_page=${body.next_page}`);
    if (body.next_page === null) return { items, pages, sizes };
    if (body.next_page === page) throw new Error(`${path}: next_page repeats the request's page token`);
    page = body.next_page;
  }
  throw new Error(`${path}: more than ${MAX_PAGES} pages`);
}

/** Page-token style with `has_more` (directory, projects, code artifacts). */
export function walkTokens<T extends z.ZodType>(
  sim: Sim,
  path: string,
  item: T,
  opts: TokenWalkOptions<z.infer<T>> = {},
): Promise<WalkResult<z.infer<T>>> {
  return walkTokensWith(sim, path, (query) => getOk(sim, path, tokenPage(item), { key: opts.key, query }), opts);
}

/** Sessions: `next_page` only, no `has_more` (checked absent on every page). */
export function walkSessions<T extends z.ZodType>(
  sim: Sim,
  path: string,
  item: T,
  opts: TokenWalkOptions<z.infer<T>> = {},
): Promise<WalkResult<z.infer<T>>> {
  const schema = sessionPage(item).loose();
  return walkTokensWith(
    sim,
    path,
    async (query) => {
      const body = await getOk(sim, path, schema, { key: opts.key, query });
      if ("has_more" in body)
        throw new Error(`${path}: session pages carry no has_more (§3), got ${String(body.has_more)}`);
      opts.onPage?.(body);
      return { data: body.data, next_page: body.next_page };
    },
    opts,
  );
}

function defaultId(item: unknown): string {
  const parsed = z.object({ id: z.string() }).safeParse(item);
  if (!parsed.success) throw new Error(`item without id: ${JSON.stringify(item).slice(0, 200)}`);
  return parsed.data.id;
}
