import { describe, expect, it } from "vitest";
import { clientIp, UNKNOWN_CLIENT_IP } from "@/lib/server/auth/client-ip";

const xff = (value: string) => new Headers({ "x-forwarded-for": value });

describe("client IP for per-IP limits", () => {
  it("ignores X-Forwarded-For when no proxy is trusted, so every client shares one bucket", () => {
    expect(clientIp(xff("203.0.113.4"), 0)).toBe(UNKNOWN_CLIENT_IP);
    expect(clientIp(xff("198.51.100.9, 203.0.113.4"), 0)).toBe(UNKNOWN_CLIENT_IP);
    expect(clientIp(undefined, 0)).toBe(UNKNOWN_CLIENT_IP);
  });

  it("takes the entry the outermost trusted proxy appended, whatever the client put before it", () => {
    expect(clientIp(xff("1.1.1.1, 2.2.2.2, 203.0.113.4"), 1)).toBe("203.0.113.4");
    expect(clientIp(xff("1.1.1.1, 203.0.113.4, 10.0.0.2"), 2)).toBe("203.0.113.4");
    // Fewer entries than hops: the request met fewer proxies, and the first one saw the client.
    expect(clientIp(xff("203.0.113.4"), 2)).toBe("203.0.113.4");
    // Plain records are what next-auth hands to authorize().
    expect(clientIp({ "x-forwarded-for": "9.9.9.9,203.0.113.4" }, 1)).toBe("203.0.113.4");
  });

  it("with loopback proxies, skips loopback hops from the right and never believes what lies beyond", () => {
    expect(clientIp(xff("203.0.113.4, 127.0.0.1"), "loopback")).toBe("203.0.113.4");
    expect(clientIp(xff("127.0.0.1, 203.0.113.4"), "loopback")).toBe("203.0.113.4");
    expect(clientIp(xff("198.51.100.1, 203.0.113.4, ::1, ::ffff:127.0.0.1"), "loopback")).toBe("203.0.113.4");
    expect(clientIp(xff("::1"), "loopback")).toBe("::1");
  });

  it("falls back to the shared bucket when the chosen entry is missing or not an address", () => {
    expect(clientIp(new Headers(), 1)).toBe(UNKNOWN_CLIENT_IP);
    expect(clientIp(xff("203.0.113.4, evil"), 1)).toBe(UNKNOWN_CLIENT_IP);
    expect(clientIp(xff(" , "), "loopback")).toBe(UNKNOWN_CLIENT_IP);
  });
});
