import "server-only";

export type RequestMeta = { ip: string | null; userAgent: string | null };

/** Web `Headers` (route handlers) or a plain record (next-auth hands `authorize` one). */
export type HeaderSource = Headers | Record<string, unknown> | undefined;

export function header(source: HeaderSource, name: string): string | null {
  if (!source) return null;
  if (source instanceof Headers) return source.get(name);
  const value = source[name];
  return typeof value === "string" ? value : null;
}

/**
 * IP and user agent for the audit trail. The whole X-Forwarded-For chain is kept rather than its first
 * hop: that hop is client-supplied, and an investigator is better served by everything that was seen.
 * Never key a rate limit on it: per-IP limits use clientIp(), which honours CUSTODY_TRUSTED_PROXIES.
 */
export function requestMeta(source: HeaderSource): RequestMeta {
  const forwarded = header(source, "x-forwarded-for")?.trim();
  return {
    ip: forwarded || header(source, "x-real-ip")?.trim() || null,
    userAgent: header(source, "user-agent"),
  };
}

/** Same, from Next's request-scoped headers (next-auth callbacks get no request); nulls outside a request. */
export async function requestMetaFromNext(): Promise<RequestMeta> {
  try {
    const { headers } = await import("next/headers");
    return requestMeta(await headers());
  } catch {
    return { ip: null, userAgent: null };
  }
}
