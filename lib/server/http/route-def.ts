import "server-only";
import type { z } from "zod";
import type { RouteDef } from "./route-core";

export type { RouteDef } from "./route-core";

/**
 * A route defined outside `app/` (in lib/server/<entity>/routes.ts), so tests mount the very definition the app
 * mounts: `export const GET = withRoute(transcriptRoute)`. Upstream errors and no-store are the wrapper's job.
 */
export function defineRoute<
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
>(options: RouteDef<P, Q, B>["options"], handle: RouteDef<P, Q, B>["handle"]): RouteDef<P, Q, B> {
  return { options, handle };
}

/** JSON response for reads of custodian data: never cached by the browser or a proxy (the wrapper's default too). */
export function jsonNoStore(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("cache-control", "no-store");
  return Response.json(body, { ...init, headers });
}
