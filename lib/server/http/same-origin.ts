import "server-only";

/**
 * CSRF defence for mutating routes, on top of next-auth's SameSite=Lax cookie. Browsers send
 * Sec-Fetch-Site (modern) or Origin on every POST/PUT/PATCH/DELETE; a request with neither is not a
 * browser request from our pages, so it is refused (fail closed). Scripts must send a matching Origin.
 */
export function isSameOrigin(req: Request, expectedOrigin: string): boolean {
  const site = req.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = req.headers.get("origin");
  return origin !== null && origin === expectedOrigin;
}

export function isMutatingMethod(method: string): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}
