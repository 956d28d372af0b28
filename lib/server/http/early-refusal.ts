import "server-only";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { allowedMethods, matchApiRoute } from "./api-routes";

/**
 * Requests Next fails on before proxy.ts or any route runs (issue 10 §7, checked against `next start`):
 * - TRACE, TRACK and CONNECT: Next builds a WHATWG `Request` for every request, which refuses those methods, so each
 *   one became a text/plain 500 (and a stack trace in the log) on every path;
 * - an /api/ path that is not valid percent-encoding (`/api/files/%/content`, `%C0%AE`): Next's router cannot decode
 *   the params and answered a text/plain 500.
 * They are answered here with our JSON envelope instead: 405 with `Allow`, or 400.
 */
const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

export type EarlyRefusal = {
  status: 400 | 405;
  code: "bad_request" | "method_not_allowed";
  message: string;
  allow?: string;
};

export function earlyRefusal(method: string | undefined, rawUrl: string | undefined): EarlyRefusal | null {
  const path = (rawUrl ?? "/").split("?")[0];
  if (method && FORBIDDEN_METHODS.has(method.toUpperCase())) {
    const route = matchApiRoute(path);
    const allow = allowedMethods(route?.methods ?? ["GET"]).join(", ");
    return { status: 405, code: "method_not_allowed", message: `${method.toUpperCase()} is not supported`, allow };
  }
  if (path === "/api" || path.startsWith("/api/")) {
    try {
      path.split("/").forEach((segment) => decodeURIComponent(segment));
    } catch {
      return { status: 400, code: "bad_request", message: "Malformed percent-encoding in the path" };
    }
  }
  return null;
}

function answer(res: http.ServerResponse, refusal: EarlyRefusal): void {
  const requestId = `req_${randomBytes(15).toString("base64url")}`;
  const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message, requestId } });
  res.writeHead(refusal.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    "x-request-id": requestId,
    "x-content-type-options": "nosniff",
    "content-security-policy": "sandbox; default-src 'none'; frame-ancestors 'none'",
    ...(refusal.allow ? { allow: refusal.allow } : {}),
  });
  res.end(body);
}

const INSTALLED = Symbol.for("custody.early-refusal");

/**
 * Answers those requests before Next sees them, for `next start` as it is (no custom server): every HTTP server in
 * this process gets its "request" events through earlyRefusal first. Installed once, from instrumentation.ts.
 */
export function installEarlyRefusals(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      const refusal = earlyRefusal(req.method, req.url);
      if (refusal) {
        answer(res, refusal);
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
}
