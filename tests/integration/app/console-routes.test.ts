import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asc, eq } from "drizzle-orm";
import { AuditEntryDto, AuditPageDto } from "@/lib/schemas/audit";
import { PurposeDto } from "@/lib/schemas/auth";
import { CreatedUserDto, UserListDto } from "@/lib/schemas/users";
import { auditEntries } from "@/lib/server/db/schema";
import { checkpointFileName } from "@/lib/server/audit-checkpoints/checkpoint-store";
import { appTestEnv, callRoute, importRoute, startAppHarness, type AppHarness } from "./support/app-harness";

vi.hoisted(() => {
  process.env.CUSTODY_DATA_DIR = "memory://console-routes";
});
vi.mock("next-auth", async (importOriginal) => {
  const { currentSession } = await import("./support/session");
  return { ...(await importOriginal<typeof import("next-auth")>()), getServerSession: async () => currentSession() };
});

type Handler = Parameters<typeof callRoute>[0];
let app: AppHarness;

async function route(
  file: string,
  method: string,
  path: string,
  init: { body?: unknown; origin?: string | null } = {},
) {
  const mod = await importRoute(file);
  const exported = mod[method];
  if (typeof exported !== "function") throw new Error(`${file} has no ${method}`);
  const handler: Handler = (req, ctx) => exported(req, ctx);
  return callRoute(handler, file, method, path, init);
}

const entriesOf = (action: string) =>
  app.db.select().from(auditEntries).where(eq(auditEntries.action, action)).orderBy(asc(auditEntries.seq));

beforeAll(async () => {
  appTestEnv("console-routes");
  app = await startAppHarness();
});
afterAll(async () => app?.close());

describe("user administration routes", () => {
  it("creates a local user with a one-time generated password and never returns a hash", async () => {
    app.as("admin");
    const res = await route("app/api/users/route.ts", "POST", "/api/users", {
      body: { email: "New.Person@Example.com", name: "New Person", roles: ["legal", "analyst"] },
    });
    expect(res.status).toBe(201);
    const text = await res.text();
    expect(text).not.toMatch(/scrypt|passwordHash/);
    const created = CreatedUserDto.parse(JSON.parse(text));
    expect(created.user).toMatchObject({
      email: "new.person@example.com",
      roles: ["analyst", "legal"],
      authSource: "local",
      disabled: false,
    });
    expect(created.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);

    const list = UserListDto.parse(await (await route("app/api/users/route.ts", "GET", "/api/users")).json());
    expect(list.users.map((u) => u.email)).toContain("new.person@example.com");
    expect((await entriesOf("user.create")).at(-1)).toMatchObject({
      actorId: app.users.admin,
      targets: [{ type: "user", id: created.user.id }],
    });
  });

  it("rejects bad input with field errors, and a cross-site request outright", async () => {
    app.as("admin");
    const bad = await route("app/api/users/route.ts", "POST", "/api/users", {
      body: { email: "nope", name: "", roles: [] },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["email", "name", "roles"]);
    const crossSite = await route("app/api/users/route.ts", "POST", "/api/users", {
      origin: "https://evil.example",
      body: { email: "x@example.com", name: "X", roles: ["analyst"] },
    });
    expect(crossSite.status).toBe(403);
  });

  it("changes roles and disables through PATCH, each audited, but refuses self-disable and empty patches", async () => {
    app.as("admin");
    const path = `/api/users/${app.spareUserId}`;
    const file = "app/api/users/[userId]/route.ts";
    const changed = await route(file, "PATCH", path, { body: { roles: ["auditor", "legal"] } });
    expect(changed.status).toBe(200);
    expect((await changed.json()).user.roles).toEqual(["auditor", "legal"]);
    expect((await entriesOf("user.role_change")).at(-1)?.details).toMatchObject({ to: ["auditor", "legal"] });

    expect((await route(file, "PATCH", path, { body: {} })).status).toBe(422);
    expect((await route(file, "PATCH", path, { body: { disabled: false } })).status).toBe(422);
    expect((await route(file, "PATCH", "/api/users/usr_doesnotexist", { body: { disabled: true } })).status).toBe(404);
    const self = await route(file, "PATCH", `/api/users/${app.users.admin}`, { body: { disabled: true } });
    expect(self.status).toBe(409);

    const disabled = await route(file, "PATCH", path, { body: { disabled: true } });
    expect((await disabled.json()).user.disabled).toBe(true);
    expect((await entriesOf("user.disable")).at(-1)?.targets).toEqual([
      { type: "user", id: app.spareUserId, label: expect.stringContaining("@") },
    ]);
  });
});

describe("purpose routes", () => {
  it("declares a purpose for this session only and returns it from GET", async () => {
    app.as("legal", { withPurpose: false });
    expect(await (await route("app/api/purpose/route.ts", "GET", "/api/purpose")).json()).toEqual({ purpose: null });
    const res = await route("app/api/purpose/route.ts", "POST", "/api/purpose", {
      body: { reference: "  CASE-77 ", reason: "Regulator request review" },
    });
    expect(res.status).toBe(201);
    const declared = PurposeDto.parse(await res.json());
    expect(declared.reference).toBe("CASE-77");
    const read = await (await route("app/api/purpose/route.ts", "GET", "/api/purpose")).json();
    expect(read.purpose).toEqual(declared);
    app.as("legal");
    expect((await (await route("app/api/purpose/route.ts", "GET", "/api/purpose")).json()).purpose.reference).toBe(
      "MATRIX-0",
    );
  });
});

describe("audit routes", () => {
  it("lists filtered entries and records the view with its filters", async () => {
    app.as("auditor");
    const res = await route("app/api/audit/route.ts", "GET", "/api/audit?action=user.create&limit=2");
    const page = AuditPageDto.parse(await res.json());
    expect(page.entries).toHaveLength(2);
    expect(page.entries.every((e) => e.action === "user.create")).toBe(true);
    expect(page.nextCursor).not.toBeNull();
    const view = (await entriesOf("audit.view")).at(-1);
    expect(view).toMatchObject({
      actorId: app.users.auditor,
      details: { filters: { action: ["user.create"] }, returned: 2 },
    });

    const bad = await route("app/api/audit/route.ts", "GET", "/api/audit?from=2026-10-02&to=2026-10-01");
    expect(bad.status).toBe(422);
  });

  it("exports CSV and NDJSON as attachments, audited before the first byte", async () => {
    app.as("auditor");
    const csv = await route("app/api/audit/export/route.ts", "GET", "/api/audit/export?format=csv&action=user.disable");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="custody-audit-[\w-]+\.csv"$/);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^seq,id,at,actor_id/);
    expect(lines.slice(1).every((l) => l.includes("user.disable"))).toBe(true);
    expect(lines.length).toBeGreaterThan(1);

    const ndjson = await route("app/api/audit/export/route.ts", "GET", "/api/audit/export?format=ndjson");
    const rows = (await ndjson.text())
      .trim()
      .split("\n")
      .map((l) => AuditEntryDto.parse(JSON.parse(l)));
    expect(rows.map((r) => r.seq)).toEqual([...rows.map((r) => r.seq)].sort((a, b) => a - b));
    // Started before the first byte, completed (with what was sent) before the last, like a download.
    expect((await entriesOf("audit.export")).map((e) => e.details)).toEqual([
      { format: "csv", filters: { action: ["user.disable"] }, stage: "started" },
      {
        format: "csv",
        filters: { action: ["user.disable"] },
        stage: "completed",
        bytes: expect.any(Number),
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
      { format: "ndjson", filters: {}, stage: "started" },
      {
        format: "ndjson",
        filters: {},
        stage: "completed",
        bytes: expect.any(Number),
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    expect((await route("app/api/audit/export/route.ts", "GET", "/api/audit/export?format=xml")).status).toBe(422);
  });

  it("verifies the chain and reports its length", async () => {
    app.as("auditor");
    const result = await (await route("app/api/audit/verify/route.ts", "GET", "/api/audit/verify")).json();
    // The check's own audit.view entry is written after the walk, so it is the one entry not counted.
    const total = (await app.db.select().from(auditEntries)).length;
    expect(result).toMatchObject({ ok: true, count: total - 1, checkpoints: { problemCount: 0, problems: [] } });
    expect((await entriesOf("audit.view")).at(-1)?.details).toEqual({
      check: "chain",
      ok: true,
      count: total - 1,
      checkpointProblems: 0,
    });
  });

  it("holds the chain against the signed checkpoints and names a forged one (issue 10, signed checkpoints)", async () => {
    app.as("auditor");
    const { checkpointAuditHead } = await import("@/lib/server/audit-checkpoints/checkpointer");
    const { processCheckpointerSettings } = await import("@/lib/server/audit-checkpoints/process-checkpointer");
    const settings = processCheckpointerSettings(app.db);
    const stored = await checkpointAuditHead(settings, { force: true });
    if (!stored) throw new Error("no checkpoint written");
    const verify = async () => (await route("app/api/audit/verify/route.ts", "GET", "/api/audit/verify")).json();
    expect(await verify()).toMatchObject({
      ok: true,
      checkpoints: { verified: 1, latest: { seq: stored.checkpoint.seq } },
    });

    const forgedFile = path.join(settings.dir, checkpointFileName(stored.checkpoint.seq + 1));
    writeFileSync(forgedFile, JSON.stringify({ ...stored.checkpoint, seq: stored.checkpoint.seq + 1 }));
    try {
      const result = await verify();
      expect(result).toMatchObject({ ok: false, checkpoints: { problemCount: 1 } });
      expect(result.checkpoints.problems[0]).toMatchObject({ kind: "bad_signature", file: path.basename(forgedFile) });
    } finally {
      rmSync(forgedFile);
    }
  });
});
