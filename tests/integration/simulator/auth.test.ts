import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  expectApiError,
  KEYS,
  landmarkId,
  startTestSimulator,
  statusOf,
  type Sim,
} from "../../support/simulator";

// Authentication and scopes (reference §2, §7.2): who gets 404, 401 and 403, with which message.

let sim: Sim;
let orgUuid: string;
let chatId: string;
beforeAll(async () => {
  sim = await startTestSimulator();
  orgUuid = String(sim.store.organizations()[0].uuid);
  chatId = landmarkId(sim.store, "tool_chat");
});
afterAll(async () => sim?.close());

const BARE_NOT_FOUND = { type: "not_found_error", message: "Not found" };

/** Parses `Missing required scopes. Got: [...] Needed one of: [...]` into its two Python lists. */
function scopeLists(message: string): { got: string[]; needed: string[]; oneOf: boolean } {
  const m = /^Missing required scopes\. Got: \[(.*?)\] Needed( one of)?: \[(.*?)\]$/.exec(message);
  if (!m) throw new Error(`not a scope message: ${message}`);
  const list = (s: string) => (s.trim() === "" ? [] : s.split(",").map((x) => x.trim().replace(/^'|'$/g, "")));
  return { got: list(m[1]), needed: list(m[3]), oneOf: m[2] !== undefined };
}

describe("unauthenticated requests look like unknown paths (bare 404)", () => {
  const paths = () => [
    "/v1/compliance/activities",
    "/v1/compliance/apps/chats",
    `/v1/compliance/organizations/${orgUuid}/users`,
    `/v1/compliance/apps/chats/${chatId}/messages`,
    "/v1/compliance/apps/sessions/local",
  ];

  it("answers 404 Not found without a key", async () => {
    for (const path of paths())
      await expectApiError(await call(sim, path, { key: null }), 404, BARE_NOT_FOUND.type, BARE_NOT_FOUND.message);
  });

  it("answers 404 Not found to a Claude API key (sk-ant-api03-)", async () => {
    for (const path of paths())
      await expectApiError(
        await call(sim, path, { key: KEYS.claudeApi }),
        404,
        BARE_NOT_FOUND.type,
        BARE_NOT_FOUND.message,
      );
  });

  it("answers 404 Not found to an unknown path even with a valid key", async () => {
    for (const path of ["/v1/compliance/nope", "/v1/compliance/apps/chats/x/y/z", "/v2/compliance/activities", "/"])
      await expectApiError(await call(sim, path), 404, BARE_NOT_FOUND.type, BARE_NOT_FOUND.message);
  });

  it("answers 401 instead on the settings endpoint", async () => {
    const path = `/v1/compliance/organizations/${orgUuid}/settings`;
    await expectApiError(await call(sim, path, { key: null }), 401, "authentication_error");
    await expectApiError(await call(sim, path, { key: KEYS.claudeApi }), 401, "authentication_error");
  });
});

describe("keys that do not authenticate (401)", () => {
  it("rejects an unknown Compliance-shaped key as invalid", async () => {
    await expectApiError(
      await call(sim, "/v1/compliance/activities", { key: KEYS.unknownCompliance }),
      401,
      "authentication_error",
      "API key is invalid.",
    );
  });

  it("rejects a deactivated key", async () => {
    for (const path of ["/v1/compliance/activities", "/v1/compliance/apps/chats"])
      await expectApiError(
        await call(sim, path, { key: KEYS.deactivated }),
        401,
        "authentication_error",
        "API key has been deactivated.",
      );
  });

  it("rejects an expired Admin key", async () => {
    await expectApiError(
      await call(sim, "/v1/compliance/activities", { key: KEYS.expiredAdmin }),
      401,
      "authentication_error",
      "API key has expired.",
    );
  });
});

describe("scopes (403 permission_error)", () => {
  it("names the key's scopes and the acceptable ones on a read endpoint", async () => {
    const msg = await expectApiError(
      await call(sim, "/v1/compliance/apps/chats", { key: KEYS.activitiesOnly }),
      403,
      "permission_error",
    );
    const lists = scopeLists(msg);
    expect(lists.oneOf).toBe(true);
    expect(lists.got).toEqual(["read:compliance_activities"]);
    expect(new Set(lists.needed)).toEqual(new Set(["read:compliance_user_data", "read:org_audit"]));
  });

  it("says Needed (not one of) with the delete scope on a delete endpoint", async () => {
    const msg = await expectApiError(
      await call(sim, `/v1/compliance/apps/chats/${chatId}`, { method: "DELETE", key: KEYS.readOnly }),
      403,
      "permission_error",
    );
    const lists = scopeLists(msg);
    expect(lists.oneOf).toBe(false);
    expect(lists.needed).toEqual(["delete:compliance_user_data"]);
    expect(lists.got).toContain("read:compliance_user_data");
    expect(lists.got).not.toContain("delete:compliance_user_data");
    // The chat is still there.
    expect(await statusOf(sim, `/v1/compliance/apps/chats/${chatId}/messages`, { query: { limit: 1 } })).toBe(200);
  });

  it("lets an Admin key read the Activity Feed and nothing else", async () => {
    expect(await statusOf(sim, "/v1/compliance/activities", { key: KEYS.admin, query: { limit: 1 } })).toBe(200);
    for (const path of [
      "/v1/compliance/apps/chats",
      "/v1/compliance/organizations",
      "/v1/compliance/groups",
      `/v1/compliance/organizations/${orgUuid}/settings`,
    ])
      await expectApiError(
        await call(sim, path, { key: KEYS.admin }),
        403,
        "permission_error",
        /^Missing required scopes\./,
      );
  });

  it("lets a read:org_audit-only key read every kind of endpoint but not delete", async () => {
    const reads = [
      "/v1/compliance/activities",
      "/v1/compliance/organizations",
      `/v1/compliance/organizations/${orgUuid}/users`,
      `/v1/compliance/organizations/${orgUuid}/roles`,
      `/v1/compliance/organizations/${orgUuid}/settings`,
      "/v1/compliance/groups",
      "/v1/compliance/apps/chats",
      `/v1/compliance/apps/chats/${chatId}/messages`,
      "/v1/compliance/apps/projects",
      "/v1/compliance/apps/sessions/local",
      "/v1/compliance/apps/sessions/remote",
      "/v1/compliance/apps/code/artifacts",
    ];
    for (const path of reads) {
      const res = await call(sim, path, { key: KEYS.orgAuditOnly });
      expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
      await res.arrayBuffer();
    }
    const msg = await expectApiError(
      await call(sim, `/v1/compliance/apps/chats/${chatId}`, { method: "DELETE", key: KEYS.orgAuditOnly }),
      403,
      "permission_error",
    );
    expect(scopeLists(msg)).toMatchObject({
      got: ["read:org_audit"],
      needed: ["delete:compliance_user_data"],
      oneOf: false,
    });
  });

  it("splits the directory: users and group members need user data, the rest org data", async () => {
    const groups = sim.store.groups();
    const groupId = String(groups.at(0).id);
    const orgData = [
      "/v1/compliance/organizations",
      `/v1/compliance/organizations/${orgUuid}/roles`,
      "/v1/compliance/groups",
      `/v1/compliance/groups/${groupId}`,
      `/v1/compliance/organizations/${orgUuid}/settings`,
    ];
    const userData = [`/v1/compliance/organizations/${orgUuid}/users`, `/v1/compliance/groups/${groupId}/members`];
    for (const path of orgData) {
      expect(await statusOf(sim, path, { key: KEYS.orgDataOnly }), path).toBe(200);
      const msg = await expectApiError(await call(sim, path, { key: KEYS.userDataOnly }), 403, "permission_error");
      expect(scopeLists(msg).needed).toContain("read:compliance_org_data");
    }
    for (const path of userData) {
      expect(await statusOf(sim, path, { key: KEYS.userDataOnly }), path).toBe(200);
      const msg = await expectApiError(await call(sim, path, { key: KEYS.orgDataOnly }), 403, "permission_error");
      expect(scopeLists(msg).needed).toContain("read:compliance_user_data");
    }
  });

  it("refuses the activity feed to a key without the activities scope", async () => {
    const msg = await expectApiError(
      await call(sim, "/v1/compliance/activities", { key: KEYS.userDataOnly }),
      403,
      "permission_error",
    );
    expect(new Set(scopeLists(msg).needed)).toEqual(new Set(["read:compliance_activities", "read:org_audit"]));
  });

  it("refuses settings to a key holding only the retired read:compliance_org_settings scope", async () => {
    await expectApiError(
      await call(sim, `/v1/compliance/organizations/${orgUuid}/settings`, { key: KEYS.retiredSettings }),
      403,
      "permission_error",
    );
  });
});

describe("error envelope", () => {
  it("gives every error a request-id header and the {error:{type,message}} body", async () => {
    const responses = [
      await call(sim, "/v1/compliance/activities", { key: null }),
      await call(sim, "/v1/compliance/activities", { key: KEYS.unknownCompliance }),
      await call(sim, "/v1/compliance/apps/chats", { key: KEYS.admin }),
      await call(sim, "/v1/compliance/activities", { query: { bogus: "1" } }),
      await call(sim, "/v1/compliance/apps/chats/claude_chat_doesnotexist/messages"),
    ];
    const ids = new Set<string>();
    for (const res of responses) {
      expect(res.headers.get("content-type")).toMatch(/application\/json/);
      await expectApiError(res, res.status, [
        "not_found_error",
        "authentication_error",
        "permission_error",
        "invalid_request_error",
      ]);
      ids.add(res.headers.get("request-id") ?? "");
    }
    expect(ids.size).toBe(responses.length);
  });
});
