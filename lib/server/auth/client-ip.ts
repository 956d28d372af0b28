import "server-only";
import { BlockList, isIP } from "node:net";
import type { TrustedProxies } from "@/lib/env";
import { header, type HeaderSource } from "./header-source";

/** The one bucket shared by every client whose address cannot be trusted; per-email limits still apply. */
export const UNKNOWN_CLIENT_IP = "unknown";

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

const isLoopback = (address: string) =>
  isIP(address) !== 0 && LOOPBACK.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");

/**
 * The client address to key per-IP limits on (CUSTODY_TRUSTED_PROXIES). X-Forwarded-For is whatever the
 * client sent plus one entry per proxy, each appending the address it saw: only entries written by trusted
 * proxies, read from the right, can be believed. Next.js gives route handlers and next-auth no socket
 * address (it copies one into X-Forwarded-For only when the client sent none, which a forged header
 * cannot be told apart from), so without a trusted proxy every client shares UNKNOWN_CLIENT_IP rather
 * than choosing its own bucket.
 * - `n` hops: the n-th entry from the right is what the outermost trusted proxy saw.
 * - "loopback": proxies on this host, Custody listening on 127.0.0.1 only (`npm start` does): the first
 *   entry from the right that is not a loopback address.
 */
export function clientIp(source: HeaderSource, trust: TrustedProxies): string {
  if (trust === 0) return UNKNOWN_CLIENT_IP;
  const chain = (header(source, "x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  // A chain shorter than expected means the request met fewer proxies: its first entry is then the client.
  const client =
    trust === "loopback" ? (chain.findLast((hop) => !isLoopback(hop)) ?? chain[0]) : (chain.at(-trust) ?? chain[0]);
  // Proxies write bare addresses; anything else did not come from one.
  return client !== undefined && isIP(client) !== 0 ? client : UNKNOWN_CLIENT_IP;
}
