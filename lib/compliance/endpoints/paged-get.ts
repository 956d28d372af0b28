import "server-only";
import type { z } from "zod";
import { parseArgs } from "../args";
import type { KeyChoice } from "../http";
import {
  cursorIterator,
  tokenIterator,
  type CursorCheckpoint,
  type IterateOptions,
  type PageCheckpoint,
} from "../pagination/iterators";
import { getJson, type CallOptions, type EndpointContext } from "./context";

/**
 * A paginated GET as both its list function (one page) and its iterate function (a walk) use it,
 * so the two always send the same request: the route template (for logs and errors), the schema
 * of the caller's params, how validated params become the query string, and the page schema.
 */
export interface PagedGet<TParams, TArgs, TPage> {
  route: string;
  args: z.ZodType<TArgs, TParams>;
  query: (args: TArgs) => URLSearchParams;
  page: z.ZodType<TPage>;
}

/** One page; `path` is the route with its ids filled in. */
export function getPage<TParams, TArgs, TPage>(
  ctx: EndpointContext,
  get: PagedGet<TParams, TArgs, TPage>,
  path: string,
  params: TParams,
  opts: CallOptions,
  key?: KeyChoice,
): Promise<TPage> {
  return getJson(ctx, get.route, path, get.page, get.query(parseArgs(get.args, params)), opts, key);
}

type IterateCallOptions<TCheckpoint> = IterateOptions<TCheckpoint> & CallOptions;

/**
 * Walk of a page-token endpoint. Params are validated here, before the first request, so a bad
 * call fails at once; each page then sends the same params with the next `page` token.
 */
export function walkTokenPages<
  TParams,
  TArgs extends { page?: string },
  TPage extends { next_page: string | null; data: readonly unknown[] },
>(
  ctx: EndpointContext,
  get: PagedGet<TParams, TArgs, TPage>,
  path: string,
  params: Omit<TParams, "page">,
  itemId: (item: TPage["data"][number]) => string | null,
  options: IterateCallOptions<PageCheckpoint>,
) {
  const args = parseArgs(get.args, params);
  return tokenIterator(
    get.route,
    (page) => getJson(ctx, get.route, path, get.page, get.query({ ...args, page }), options),
    itemId,
    options,
  );
}

/** Walk of a cursor endpoint (A1, C1, C2): as walkTokenPages, moving with `afterId`. */
export function walkCursorPages<
  TParams,
  TArgs extends { afterId?: string },
  TPage extends { has_more: boolean; last_id: string | null },
  TItem extends { id: string },
>(
  ctx: EndpointContext,
  get: PagedGet<TParams, TArgs, TPage>,
  path: string,
  params: Omit<TParams, "afterId" | "beforeId">,
  items: (page: TPage) => readonly TItem[],
  options: IterateCallOptions<CursorCheckpoint>,
  key?: KeyChoice,
) {
  const args = parseArgs(get.args, params);
  return cursorIterator(
    get.route,
    (afterId) => getJson(ctx, get.route, path, get.page, get.query({ ...args, afterId }), options, key),
    items,
    options,
  );
}
