import { afterEach, describe, expect, it } from "vitest";
import { createComplianceClient } from "@/lib/compliance/client";
import { safeBaseUrl } from "@/lib/compliance/probe";
import { UpstreamStatusDto } from "@/lib/schemas/upstream-status";
import { startScriptedServer, TEST_ACCESS_KEY, TEST_ADMIN_KEY, type Reply } from "./support/scripted-server";

let server: Awaited<ReturnType<typeof startScriptedServer>> | undefined;
afterEach(async () => server?.close());

const RATE = {
  "anthropic-ratelimit-requests-limit": "600",
  "anthropic-ratelimit-requests-remaining": "597",
  "anthropic-ratelimit-requests-reset": "2026-04-21T14:38:25Z",
};
const scope403 = (got: string) => ({
  status: 403,
  headers: RATE,
  body: {
    error: {
      type: "permission_error",
      message: `Missing required scopes. Got: [${got}] Needed one of: ['x', 'read:org_audit']`,
    },
  },
});

function route(
  table: Record<string, Reply>,
): (req: { url?: string; headers: Record<string, string | string[] | undefined> }) => Reply {
  return (req) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const who = req.headers["x-api-key"] === TEST_ADMIN_KEY ? "admin " : "";
    return (
      table[`${who}${path}`] ?? { status: 404, body: { error: { type: "not_found_error", message: "Not found" } } }
    );
  };
}

describe("probe (scripted upstream)", () => {
  it("combines successes and 403 scope lists per key, and is not a simulator without /_sim/health", async () => {
    server = await startScriptedServer(
      route({
        "/v1/compliance/organizations": {
          status: 200,
          headers: RATE,
          body: {
            data: [{ uuid: "org-1", name: "Acme", created_at: "2026-01-01T00:00:00Z" }],
            has_more: false,
            next_page: null,
          },
        },
        "/v1/compliance/activities": {
          status: 200,
          headers: RATE,
          body: { data: [], has_more: false, first_id: null, last_id: null },
        },
        "/v1/compliance/organizations/org-1/users": scope403(
          "'read:compliance_org_data', 'read:compliance_activities'",
        ),
        "admin /v1/compliance/activities": scope403(""),
      }),
    );
    const client = createComplianceClient({
      baseUrl: server.url,
      accessKey: TEST_ACCESS_KEY,
      adminKey: TEST_ADMIN_KEY,
    });
    const status = UpstreamStatusDto.parse(await client.probe());
    expect(status).toMatchObject({
      reachable: true,
      isSimulator: false,
      error: null,
      organizations: [{ uuid: "org-1", name: "Acme" }],
    });
    expect(status.keys[0]).toEqual({
      key: "compliance_access_key",
      configured: true,
      ok: true,
      scopes: ["read:compliance_activities", "read:compliance_org_data"],
      reachable: ["directory", "activities"],
      error: null,
    });
    expect(status.keys[1]).toMatchObject({
      key: "admin",
      ok: false,
      scopes: [],
      error: expect.stringMatching(/^permission_error/),
    });
    expect(status.rateLimit).toMatchObject({ limit: 600, remaining: 597, resetAt: "2026-04-21T14:38:25.000Z" });
    expect(JSON.stringify(status)).not.toContain(TEST_ACCESS_KEY.slice(0, 20));
  });

  it("does not throw on a garbage response", async () => {
    server = await startScriptedServer([{ status: 200, body: "<html>not json</html>" }]);
    const client = createComplianceClient({ baseUrl: server.url, accessKey: TEST_ACCESS_KEY });
    const status = await client.probe();
    expect(status.reachable).toBe(true);
    expect(status.keys[0]).toMatchObject({ ok: false, error: expect.stringMatching(/invalid_response/) });
  });

  it("reports no keys configured without sending anything", async () => {
    server = await startScriptedServer([{ status: 500 }]);
    const client = createComplianceClient({ baseUrl: server.url });
    const status = await client.probe();
    expect(status).toMatchObject({ reachable: false, error: "No Compliance API key is configured." });
    expect(server.requests.filter((r) => r.url.startsWith("/v1/"))).toHaveLength(0);
  });

  it("strips credentials from the base URL it shows", () => {
    expect(safeBaseUrl("https://user:secret@api.example.com/?k=1#x")).toBe("https://api.example.com");
  });
});
