import "server-only";
import type { z } from "zod";
import type { Http, KeyChoice, RequestSpec } from "../http";
import { PageIterator, cursorCodec, pageCodec, nextCursor, nextPageToken, type CursorCheckpoint, type IterateOptions, type PageCheckpoint } from "../pagination/iterators";

export interface EndpointContext {
  http: Http;
  /** Which key reads the Activity Feed: "auto" = access key when configured, else the admin key. */
  activitiesKey: "auto" | KeyChoice;
}

/** Per-call knobs; none of them change what is fetched. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Absolute epoch ms after which waiting for the rate budget gives up. */
  deadlineMs?: number;
  maxRetries?: number;
  timeoutMs?: number;
}

export const V1 = "/v1/compliance";

export function getJson<S extends z.ZodType>(ctx: EndpointContext, route: string, path: string, schema: S, query: URLSearchParams | undefined, opts: CallOptions = {}, key: KeyChoice = "access"): Promise<z.output<S>> {
  const spec: RequestSpec = { ...callOptions(opts), method: "GET", route: `GET ${route}`, path, query, key };
  return ctx.http.json(spec, schema);
}

export function deleteJson<S extends z.ZodType>(ctx: EndpointContext, route: string, path: string, schema: S, opts: CallOptions = {}): Promise<z.output<S>> {
  return ctx.http.json({ ...callOptions(opts), method: "DELETE", route: `DELETE ${route}`, path, key: "access" }, schema);
}

type CursorPageShape = { has_more: boolean; last_id: string | null };

/** Iterator over a cursor-style endpoint (A1, C1): `fetch(afterId)` gets one page. */
export function cursorIterator<TPage extends CursorPageShape & { data: readonly { id: string }[] }>(
  route: string,
  fetch: (afterId: string | undefined) => Promise<TPage>,
  options: IterateOptions<CursorCheckpoint> = {},
): PageIterator<TPage, TPage["data"][number], CursorCheckpoint> {
  return new PageIterator<TPage, TPage["data"][number], CursorCheckpoint>(
    { route, fetch, items: (page) => page.data, next: nextCursor, itemId: (item) => item.id },
    cursorCodec,
    options,
  );
}

/** Iterator over a page-token endpoint (directory, projects, sessions, code artifacts). */
export function tokenIterator<TPage extends { next_page: string | null; data: readonly unknown[] }>(
  route: string,
  fetch: (page: string | undefined) => Promise<TPage>,
  itemId: (item: TPage["data"][number]) => string | null,
  options: IterateOptions<PageCheckpoint> = {},
): PageIterator<TPage, TPage["data"][number], PageCheckpoint> {
  return new PageIterator<TPage, TPage["data"][number], PageCheckpoint>({ route, fetch, items: (page) => page.data, next: nextPageToken, itemId }, pageCodec, options);
}

export function callOptions(options: CallOptions): CallOptions {
  return { signal: options.signal, deadlineMs: options.deadlineMs, maxRetries: options.maxRetries, timeoutMs: options.timeoutMs };
}
