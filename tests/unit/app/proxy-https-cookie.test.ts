import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";

const SECRET = "unit-secret-not-for-production-0123456789";
const ORIGIN = "https://custody.example.com";
vi.hoisted(() => {
  // Before getServerConfig() first parses the env: the console is served over https.
  process.env.NEXTAUTH_URL = "https://custody.example.com";
  process.env.NEXTAUTH_SECRET = "unit-secret-not-for-production-0123456789";
});

const pageRequest = async (cookieName: string) => {
  const token = await encode({
    token: { sub: "usr_1", uid: "usr_1", sid: "ses_1", roles: ["analyst"] },
    secret: SECRET,
  });
  return new NextRequest(new URL("/investigate", ORIGIN), { headers: { cookie: `${cookieName}=${token}` } });
};

describe("proxy over https (issue 10 §1)", () => {
  it("reads the session from the __Host- cookie next-auth sets over https", async () => {
    const res = await proxy(await pageRequest("__Host-next-auth.session-token"));
    expect(res.headers.get("location")).toBeNull();
  });

  it("ignores a session cookie under any other name (a sibling host could plant a __Secure- one)", async () => {
    for (const name of ["__Secure-next-auth.session-token", "next-auth.session-token"]) {
      const res = await proxy(await pageRequest(name));
      expect(res.status, name).toBe(307);
      expect(res.headers.get("location"), name).toMatch(/\/sign-in\?callbackUrl=/);
    }
  });
});
