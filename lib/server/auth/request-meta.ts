import "server-only";
import type { TrustedProxies } from "@/lib/env";
import { clientIp, UNKNOWN_CLIENT_IP } from "./client-ip";
import { header, type HeaderSource } from "./header-source";

export { header, type HeaderSource } from "./header-source";

export type RequestMeta = {
  /** The client address CUSTODY_TRUSTED_PROXIES establishes (clientIp()); null when none can be trusted. */
  ip: string | null;
  /** The raw X-Forwarded-For chain, kept for investigators but never believed: any client can write it. */
  forwardedForUntrusted?: string | null;
  userAgent: string | null;
};

/** Stored header values are attacker-controlled: a signed-out visitor must not grow the trail by sending 4 KB. */
export const STORED_HEADER_MAX = 256;

const clip = (value: string | null | undefined) => (value ? value.slice(0, STORED_HEADER_MAX) : null);

/**
 * IP and user agent for the audit trail (issue 10 §2). `ip` follows the same rule as the per-IP sign-in limits
 * (clientIp(), CUSTODY_TRUSTED_PROXIES), so with the default `none` a forged X-Forwarded-For is never stored as the
 * entry's address; the chain itself is kept, clipped, in `forwardedForUntrusted` for investigators.
 */
export function requestMeta(source: HeaderSource, trust: TrustedProxies): RequestMeta {
  const ip = clientIp(source, trust);
  return {
    ip: ip === UNKNOWN_CLIENT_IP ? null : ip,
    forwardedForUntrusted: clip(header(source, "x-forwarded-for")?.trim()),
    userAgent: clip(header(source, "user-agent")),
  };
}

/**
 * Same, from Next's request-scoped headers (next-auth callbacks and pages get no request); nulls outside a
 * request. The trust setting is read from the validated config when the caller does not pass it.
 */
export async function requestMetaFromNext(trust?: TrustedProxies): Promise<RequestMeta> {
  try {
    const [{ headers }, { getServerConfig }] = await Promise.all([import("next/headers"), import("@/lib/env")]);
    return requestMeta(await headers(), trust ?? getServerConfig().trustedProxies);
  } catch {
    return { ip: null, userAgent: null };
  }
}
