import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

// Issue 10 §7: a wrong method was an empty 405 and an unknown /api/ path Next's HTML 404; both are our envelope now.
const request = (method: string, path: string) => new NextRequest(new URL(path, "http://127.0.0.1:3110"), { method });

describe("proxy on /api/ requests no route handles", () => {
  it("answers a method the route does not export with a JSON 405 and Allow", async () => {
    const res = await proxy(request("DELETE", "/api/purpose"));
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const { error } = await res.json();
    expect(error).toMatchObject({ code: "method_not_allowed", requestId: expect.stringMatching(/^req_/) });
    expect(res.headers.get("x-request-id")).toBe(error.requestId);
  });

  it("answers an unknown /api/ path with a JSON 404, and passes known routes on", async () => {
    for (const path of ["/api/nope", "/api", "/api/files/x/y/z"]) {
      const res = await proxy(request("GET", path));
      expect(res.status, path).toBe(404);
      expect((await res.json()).error.code).toBe("not_found");
    }
    const passed = await proxy(request("GET", "/api/purpose"));
    expect(passed.headers.get("x-middleware-next")).toBe("1");
    expect((await proxy(request("POST", "/api/auth/signout"))).headers.get("x-middleware-next")).toBe("1");
  });
});
