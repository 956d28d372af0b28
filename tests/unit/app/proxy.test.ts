import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const SECRET = "unit-secret-not-for-production-0123456789";
const ORIGIN = "http://127.0.0.1:3110";

function request(path: string, init: { cookie?: string; headers?: Record<string, string> } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  return new NextRequest(new URL(path, ORIGIN), { headers });
}

async function sessionCookie(): Promise<string> {
  const token = await encode({
    token: { sub: "usr_1", uid: "usr_1", sid: "ses_1", roles: ["analyst"] },
    secret: SECRET,
  });
  return `next-auth.session-token=${token}`;
}

function directives(csp: string | null): Map<string, string> {
  return new Map(
    (csp ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...rest]) => [name, rest.join(" ")]),
  );
}

describe("proxy", () => {
  const previous = process.env.NEXTAUTH_SECRET;
  beforeEach(() => {
    process.env.NEXTAUTH_SECRET = SECRET;
  });
  afterEach(() => {
    process.env.NEXTAUTH_SECRET = previous;
  });

  it("sends a signed-out visitor of a console page to sign-in, remembering where they were going", async () => {
    const res = await proxy(request("/audit?actor=a%40b.c"));
    expect(res.status).toBe(307);
    // NextURL spells loopback "localhost"; Next's adapter then makes a same-origin Location relative.
    const location = new URL(res.headers.get("location") ?? "");
    expect(`${location.pathname}${location.search}`).toBe(
      `/sign-in?callbackUrl=${encodeURIComponent("/audit?actor=a%40b.c")}`,
    );
    expect(location.port).toBe("3110");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });

  it("never redirects API routes, the sign-in page or assets (routes answer 401 themselves)", async () => {
    const assets = ["/_next/static/chunks/x.js", "/favicon.ico", "/icon.svg"];
    for (const path of ["/api/users", "/api/audit/export?format=csv", "/sign-in", ...assets]) {
      const res = await proxy(request(path));
      expect(res.headers.get("location"), path).toBeNull();
      expect(res.headers.get("content-security-policy"), path).toMatch(/default-src/);
    }
  });

  it("sandboxes every API response (file bytes opened in the browser run nothing) but not next-auth's pages", async () => {
    for (const path of ["/api/files/f_1/content", "/api/users", "/api/projects/p_1/documents/d_1/content"]) {
      const csp = directives((await proxy(request(path))).headers.get("content-security-policy"));
      expect(csp.has("sandbox"), path).toBe(true);
      expect(csp.get("default-src"), path).toBe("'none'");
    }
    for (const path of ["/api/auth/signin", "/sign-in", "/investigate"]) {
      const csp = directives((await proxy(request(path))).headers.get("content-security-policy"));
      expect(csp.has("sandbox"), path).toBe(false);
      expect(csp.get("script-src"), path).toMatch(/nonce-/);
    }
  });

  it("lets a valid session through, ignores a forged one, and passes the page path to the layout", async () => {
    const ok = await proxy(
      request("/admin/users", { cookie: await sessionCookie(), headers: { "x-custody-path": "/evil" } }),
    );
    expect(ok.headers.get("location")).toBeNull();
    // NextResponse.next({ request: { headers } }) forwards overridden request headers this way.
    expect(ok.headers.get("x-middleware-request-x-custody-path")).toBe("/admin/users");
    const forged = await proxy(request("/admin/users", { cookie: "next-auth.session-token=not-a-jwt" }));
    expect(forged.status).toBe(307);
  });

  it("sets a strict CSP with a fresh nonce per request, also handed to Next through the request headers", async () => {
    const [a, b] = [await proxy(request("/sign-in")), await proxy(request("/sign-in"))];
    const csp = directives(a.headers.get("content-security-policy"));
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp.get("script-src") ?? "")?.[1];
    expect(nonce).toBeDefined();
    expect(nonce?.length).toBeGreaterThanOrEqual(24);
    expect(b.headers.get("content-security-policy")).not.toContain(nonce);
    expect(csp.get("script-src")).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp.get("script-src")).not.toContain("unsafe");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'none'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(csp.get("connect-src")).toBe("'self'");
    expect(csp.get("img-src")).toBe("'self' data: blob:");
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(
      a.headers.get("content-security-policy"),
    );
    expect(a.headers.get("x-content-type-options")).toBe("nosniff");
    expect(a.headers.get("referrer-policy")).toBe("no-referrer");
  });
});
