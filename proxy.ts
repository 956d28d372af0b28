import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { signInUrl } from "@/lib/urls/safe-callback-url";
import { PATH_HEADER } from "@/lib/urls/request-path";
import { getServerConfig } from "@/lib/env";
import { isHttpsConsole, sessionCookieName } from "@/lib/server/auth/session-cookies";
import { refuseApiRequest } from "@/lib/server/http/api-routes";
import { createId } from "@/lib/server/db/ids";

/**
 * Runs before every request (Next 16's name for middleware, always on the Node runtime):
 * 1. security headers on every response, including a per-request CSP nonce that Next reads from the
 *    request's Content-Security-Policy header and puts on its own scripts;
 * 2. an /api/ path no route file serves, or a method its file does not export, gets our JSON envelope (404, or 405
 *    with `Allow`) instead of Next's HTML page or empty body (issue 10 §7; TRACE and malformed percent-encoding
 *    never reach this function: see lib/server/http/early-refusal.ts);
 * 3. signed-out visitors of console pages go to /sign-in?callbackUrl=…. API routes are never
 *    redirected: withRoute answers them 401 JSON. This is a convenience, not the auth check: the
 *    console layout and every route re-check the session against the database.
 */

/** The site icons (app/favicon.ico, app/icon.svg): the sign-in page shows them before anyone is signed in. */
const ICON_PATHS = new Set(["/favicon.ico", "/icon.svg"]);

/** Paths anyone may open: the sign-in page, API routes (they answer 401 themselves), static assets. */
function isPublicPath(pathname: string): boolean {
  if (pathname === "/sign-in" || pathname === "/api" || ICON_PATHS.has(pathname)) return true;
  return ["/api/", "/_next/"].some((prefix) => pathname.startsWith(prefix));
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const { pathname, search } = request.nextUrl;
  const csp = isDataRoute(pathname)
    ? DATA_ROUTE_CSP
    : contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");

  if (pathname === "/api" || pathname.startsWith("/api/")) {
    const refusal = refuseApiRequest(request.method, pathname);
    if (refusal) return withSecurityHeaders(apiRefusalResponse(refusal), DATA_ROUTE_CSP);
  }

  if (!isPublicPath(pathname) && !(await hasSession(request))) {
    const target = new URL(signInUrl(`${pathname}${search}`), request.url);
    return withSecurityHeaders(NextResponse.redirect(target), csp);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  // Always overwritten here, so a client cannot smuggle its own value into the layout.
  requestHeaders.set(PATH_HEADER, `${pathname}${search}`);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

/** The same envelope withRoute answers with (lib/server/http/envelope.ts), for requests no route handler sees. */
function apiRefusalResponse(refusal: NonNullable<ReturnType<typeof refuseApiRequest>>): NextResponse {
  const requestId = createId("req");
  const headers: Record<string, string> = { "cache-control": "no-store", "x-request-id": requestId };
  if (refusal.allow) headers.allow = refusal.allow;
  return NextResponse.json(
    { error: { code: refusal.code, message: refusal.message, requestId } },
    { status: refusal.status, headers },
  );
}

async function hasSession(request: NextRequest): Promise<boolean> {
  // Secrets are read only through lib/env. A broken configuration fails closed (no session); the
  // sign-in page then reports the configuration error.
  let config: ReturnType<typeof getServerConfig>;
  try {
    config = getServerConfig();
  } catch {
    return false;
  }
  const secret = config.nextAuthSecret;
  const isHttps = isHttpsConsole(config.nextAuthUrl);
  // The name next-auth sets (`__Host-…` over https): getToken's own default would look for `__Secure-…`.
  const cookieName = sessionCookieName(isHttps);
  if (!secret) {
    // `next dev` without a secret: next-auth derives one we cannot see, so only look for the cookie.
    return request.cookies.getAll().some((c) => c.name === cookieName || c.name.startsWith(`${cookieName}.`));
  }
  try {
    return (await getToken({ req: request, secret, cookieName, secureCookie: isHttps })) !== null;
  } catch {
    return false;
  }
}

/**
 * Our API answers JSON or file bytes, never a page. A downloaded file opened in the browser (an HTML or SVG upload
 * is attacker-controlled) must run nothing and reach nothing: the proxy's header wins over the route's, so the
 * sandbox policy is set here. next-auth's own routes (`/api/auth/*`) keep the page policy: they serve redirects and
 * forms of their own.
 */
const DATA_ROUTE_CSP = "sandbox; default-src 'none'; frame-ancestors 'none'";
const isDataRoute = (pathname: string) => pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/");

/**
 * Scripts only with this response's nonce ('strict-dynamic' lets those load Next's chunks), no inline
 * script and no eval outside `next dev`. `<style>` elements need the nonce too; inline style
 * *attributes* are allowed (style-src-attr) because React renders progress bars and virtual lists with
 * them, and an attribute cannot run code.
 */
function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

function withSecurityHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("referrer-policy", "no-referrer");
  response.headers.set("x-frame-options", "DENY");
  return response;
}

// Every path, static assets included: nosniff and the frame rules matter for them too.
export const config = { matcher: ["/:path*"] };
