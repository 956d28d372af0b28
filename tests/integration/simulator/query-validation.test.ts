import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  allRecords,
  call,
  expectApiError,
  landmarkId,
  startTestSimulator,
  statusOf,
  type Sim,
} from "../../support/simulator";

// Strict query validation (reference §1.2, §7.2): unknown parameters, bracket ranges, `[]` arrays, limit bounds, dates.

let sim: Sim;
let limits: { path: string; max: number }[];
beforeAll(async () => {
  sim = await startTestSimulator();
  const s = sim.store;
  const org = String(s.organizations()[0].uuid);
  const role = String(allRecords(s.roles(org))[0].id);
  const group = String(allRecords(s.groups())[0].id);
  const project = landmarkId(s, "project_with_chats");
  const local = String(allRecords(s.localSessions())[0].id);
  const remote = String(allRecords(s.remoteSessions()).find((r) => r.status !== "pending")?.id);
  limits = [
    { path: "/v1/compliance/activities", max: 5000 },
    { path: "/v1/compliance/organizations", max: 1000 },
    { path: `/v1/compliance/organizations/${org}/users`, max: 1000 },
    { path: `/v1/compliance/organizations/${org}/roles`, max: 1000 },
    { path: `/v1/compliance/organizations/${org}/roles/${role}/permissions`, max: 1000 },
    { path: "/v1/compliance/groups", max: 1000 },
    { path: `/v1/compliance/groups/${group}/members`, max: 1000 },
    { path: "/v1/compliance/apps/chats", max: 1000 },
    { path: `/v1/compliance/apps/chats/${landmarkId(s, "tool_chat")}/messages`, max: 1000 },
    { path: "/v1/compliance/apps/projects", max: 100 },
    { path: `/v1/compliance/apps/projects/${project}/attachments`, max: 100 },
    { path: `/v1/compliance/apps/projects/${project}/collaborators`, max: 100 },
    { path: "/v1/compliance/apps/sessions/local", max: 500 },
    { path: `/v1/compliance/apps/sessions/local/${local}/messages`, max: 1000 },
    { path: "/v1/compliance/apps/sessions/remote", max: 500 },
    { path: `/v1/compliance/apps/sessions/remote/${remote}/messages`, max: 1000 },
    { path: "/v1/compliance/apps/code/artifacts", max: 100 },
  ];
});
afterAll(async () => sim?.close());

const E400 = "invalid_request_error";

describe("limit bounds per endpoint", () => {
  it("accepts the documented maximum and 1", async () => {
    for (const { path, max } of limits) {
      expect(await statusOf(sim, path, { query: { limit: max } }), `${path} limit=${max}`).toBe(200);
      expect(await statusOf(sim, path, { query: { limit: 1 } }), `${path} limit=1`).toBe(200);
    }
  });

  it("rejects one above the maximum, zero and non-integers, naming the rule", async () => {
    for (const { path, max } of limits) {
      await expectApiError(
        await call(sim, path, { query: { limit: max + 1 } }),
        400,
        E400,
        `limit: Input should be less than or equal to ${max}`,
      );
      await expectApiError(
        await call(sim, path, { query: { limit: 0 } }),
        400,
        E400,
        "limit: Input should be greater than or equal to 1",
      );
      await expectApiError(
        await call(sim, path, { query: { limit: "ten" } }),
        400,
        E400,
        "limit: Input should be a valid integer",
      );
    }
  });
});

describe("unknown parameters", () => {
  it("rejects an unknown parameter on every endpoint instead of ignoring it", async () => {
    const paths = [
      ...limits.map((l) => l.path),
      `/v1/compliance/apps/projects/${landmarkId(sim.store, "project_with_chats")}`,
    ];
    for (const path of paths)
      await expectApiError(
        await call(sim, path, { query: { colour: "blue" } }),
        400,
        E400,
        "Unknown query parameter: 'colour'",
      );
  });

  it("rejects bracket ranges with a hint at the dot form", async () => {
    for (const path of ["/v1/compliance/activities", "/v1/compliance/apps/chats", "/v1/compliance/apps/projects"])
      await expectApiError(
        await call(sim, path, { query: { "created_at[gte]": "2026-09-01T00:00:00Z" } }),
        400,
        E400,
        "Unknown query parameter: 'created_at[gte]'. Did you mean 'created_at.gte'?",
      );
  });

  it("rejects array parameters without [] (and hints at the bracketed name)", async () => {
    for (const [path, name] of [
      ["/v1/compliance/apps/chats", "user_ids"],
      ["/v1/compliance/activities", "activity_types"],
      ["/v1/compliance/apps/projects", "organization_ids"],
    ]) {
      const msg = await expectApiError(
        await call(sim, path, { query: { [name]: "x" } }),
        400,
        E400,
        new RegExp(`^Unknown query parameter: '${name}'`),
      );
      expect(msg).toContain(`${name}[]`);
    }
  });
});

describe("values", () => {
  it("rejects malformed datetimes, naming the parameter", async () => {
    for (const value of ["yesterday", "2026-13-01T00:00:00Z", "2026-02-30", "2026-09-01T25:00:00Z"])
      await expectApiError(
        await call(sim, "/v1/compliance/activities", { query: { "created_at.gte": value } }),
        400,
        E400,
        /^created_at\.gte: Input should be a valid datetime or date/,
      );
  });

  it("accepts a date, and offsets other than Z", async () => {
    for (const value of [
      "2026-09-01",
      "2026-09-01T00:00:00Z",
      "2026-09-01T02:00:00+02:00",
      "2026-09-01T00:00:00.123456Z",
    ])
      expect(
        await statusOf(sim, "/v1/compliance/activities", { query: { "created_at.gte": value, limit: 1 } }),
        value,
      ).toBe(200);
  });

  it("rejects values outside an enum", async () => {
    await expectApiError(
      await call(sim, "/v1/compliance/activities", { query: { order: "newest" } }),
      400,
      E400,
      /^order: /,
    );
    await expectApiError(
      await call(sim, "/v1/compliance/apps/chats", { query: { order_by: "name" } }),
      400,
      E400,
      /^order_by: /,
    );
  });
});
