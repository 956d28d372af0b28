import "server-only";
import { createId } from "../db/ids";
import { errorResponse } from "./envelope";
import { logUnexpected } from "./redact";

/**
 * For the few routes anyone may call (the liveness probe): no session, no role, no upstream. Still our envelope on
 * failure and never cached, like every route behind withRoute.
 */
export function withPublicRoute(handler: (req: Request) => Response | Promise<Response>) {
  return async (req: Request): Promise<Response> => {
    const requestId = createId("req");
    try {
      const res = await handler(req);
      if (!res.headers.has("cache-control")) res.headers.set("cache-control", "no-store");
      res.headers.set("x-request-id", requestId);
      return res;
    } catch (err) {
      logUnexpected(requestId, `${req.method} ${new URL(req.url).pathname}`, err);
      return errorResponse("internal", "Something went wrong. Quote the request id when reporting it.", requestId);
    }
  };
}
