import "server-only";
import type { z } from "zod";
import type { createRouteWrapper, RouteContext, RouteOptions } from "@/lib/server/http/route-core";
import { defaultInvestigateDeps, type InvestigateDeps } from "@/lib/server/upstream/deps";
import { toAppError } from "@/lib/server/http/upstream-errors";

type WithRoute = ReturnType<typeof createRouteWrapper>;

/** A route's options and handler, kept outside `app/` so tests can mount it on a wrapper with an injected session. */
export type RouteDef<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  options: RouteOptions<P, Q, B>;
  handle: (ctx: RouteContext<z.output<P>, z.output<Q>, z.output<B>>, deps: InvestigateDeps) => Promise<Response>;
};

export function defineRoute<
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
>(options: RouteOptions<P, Q, B>, handle: RouteDef<P, Q, B>["handle"]): RouteDef<P, Q, B> {
  return { options, handle };
}

/** `export const GET = mountRoute(withRoute, def)`; upstream errors become our envelope here, in one place. */
export function mountRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  withRoute: WithRoute,
  def: RouteDef<P, Q, B>,
  deps: InvestigateDeps = defaultInvestigateDeps,
) {
  return withRoute<P, Q, B>(def.options, async (ctx) => {
    try {
      return await def.handle(ctx, deps);
    } catch (err) {
      throw toAppError(err);
    }
  });
}

/** JSON response for reads of custodian data: never cached by the browser or a proxy. */
export function jsonNoStore(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("cache-control", "no-store");
  return Response.json(body, { ...init, headers });
}
