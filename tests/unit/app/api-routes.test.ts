import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES, matchApiRoute, refuseApiRequest } from "@/lib/server/http/api-routes";
import { earlyRefusal } from "@/lib/server/http/early-refusal";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** `app/api/users/[userId]/route.ts` → `{ "/api/users/[userId]": ["PATCH"] }`, from the exports in the source. */
function routeFilesOnDisk(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const rel of readdirSync(path.join(process.cwd(), "app/api"), { recursive: true, encoding: "utf8" })) {
    const file = rel.split(path.sep).join("/");
    if (!file.endsWith("route.ts")) continue;
    const source = readFileSync(path.join(process.cwd(), "app/api", rel), "utf8");
    const exported = METHODS.filter((m) =>
      new RegExp(`export\\s+(const|async function|function)\\s+${m}\\b|as\\s+${m}\\b`).test(source),
    );
    out[`/api/${file.replace(/\/?route\.ts$/, "")}`.replace(/\/$/, "")] = exported;
  }
  return out;
}

describe("the API route table (issue 10 §7)", () => {
  it("lists exactly the route files under app/api and the methods each exports", () => {
    expect(Object.fromEntries(Object.entries(API_ROUTES).map(([k, v]) => [k, [...v].sort()]))).toEqual(
      Object.fromEntries(Object.entries(routeFilesOnDisk()).map(([k, v]) => [k, v.sort()])),
    );
  });

  it("matches paths as Next's router does: static segments first, catch-alls need one segment", () => {
    expect(matchApiRoute("/api/audit/export")?.pattern).toBe("/api/audit/export");
    expect(matchApiRoute("/api/files/claude_file_1/content")?.pattern).toBe("/api/files/[fileId]/content");
    expect(matchApiRoute("/api/auth/callback/oidc")?.pattern).toBe("/api/auth/[...nextauth]");
    expect(matchApiRoute("/api/auth")).toBeNull();
    expect(matchApiRoute("/api/nope")).toBeNull();
    expect(matchApiRoute("/api/files/a/b/c")).toBeNull();
  });

  it("refuses a method the route does not export with 405 and Allow, an unknown path with 404", () => {
    expect(refuseApiRequest("DELETE", "/api/purpose")).toEqual({
      status: 405,
      code: "method_not_allowed",
      message: "Use GET, HEAD, OPTIONS, POST",
      allow: "GET, HEAD, OPTIONS, POST",
    });
    expect(refuseApiRequest("PUT", "/api/auth/session")).toMatchObject({
      status: 405,
      allow: "GET, HEAD, OPTIONS, POST",
    });
    expect(refuseApiRequest("GET", "/api/users/usr_1")).toMatchObject({ status: 405, allow: "OPTIONS, PATCH" });
    expect(refuseApiRequest("GET", "/api/nope")).toMatchObject({ status: 404, code: "not_found" });
    for (const ok of [
      ["GET", "/api/purpose"],
      ["head", "/api/purpose"],
      ["OPTIONS", "/api/users/usr_1"],
      ["POST", "/api/auth/signout"],
    ])
      expect(refuseApiRequest(ok[0], ok[1])).toBeNull();
  });
});

describe("early refusals, before Next's router (issue 10 §7)", () => {
  it("answers TRACE, TRACK and CONNECT with 405 and the route's methods, on any path", () => {
    expect(earlyRefusal("TRACE", "/api/purpose")).toMatchObject({ status: 405, allow: "GET, HEAD, OPTIONS, POST" });
    expect(earlyRefusal("track", "/")).toMatchObject({ status: 405, code: "method_not_allowed" });
    expect(earlyRefusal("CONNECT", "/api/health")).toMatchObject({ status: 405 });
  });

  it("answers malformed percent-encoding in an /api/ path with 400, and lets good encodings through", () => {
    for (const bad of ["/api/files/%/content", "/api/files/%zz", "/api/files/%C0%AE/content", "/api/%E2%82"])
      expect(earlyRefusal("GET", bad), bad).toMatchObject({ status: 400, code: "bad_request" });
    for (const good of ["/api/files/%2e%2e/content", "/api/custodians?q=%", "/api/files/caf%C3%A9", "/sign-in?x=%"])
      expect(earlyRefusal("GET", good), good).toBeNull();
  });
});
