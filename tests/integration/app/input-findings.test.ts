import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asc, eq } from "drizzle-orm";
import { auditEntries } from "@/lib/server/db/schema";
import type { Db } from "@/lib/server/db/types";
import { createOperationAudit } from "@/lib/server/audit/operation-audit";
import { startAuditExport } from "@/lib/server/audit/start-audit-export";
import { testOp } from "@/tests/support/operation";
import { appTestEnv, callRoute, importRoute, startAppHarness, type AppHarness } from "./support/app-harness";

// The routes named by issue 10 §5 (NUL) and §6 (dates out of range, a broken export audited as a success), each
// mounted as the app mounts it. Every case here answered 500 before the fix.

vi.hoisted(() => {
  process.env.CUSTODY_DATA_DIR = "memory://input-findings";
});
vi.mock("next-auth", async (importOriginal) => {
  const { currentSession } = await import("./support/session");
  return { ...(await importOriginal<typeof import("next-auth")>()), getServerSession: async () => currentSession() };
});

type Handler = Parameters<typeof callRoute>[0];
let app: AppHarness;

async function route(file: string, method: string, path: string, body?: unknown) {
  const exported = (await importRoute(file))[method];
  if (typeof exported !== "function") throw new Error(`${file} has no ${method}`);
  const handler: Handler = (req, ctx) => exported(req, ctx);
  const res = await callRoute(handler, file, method, path, { body });
  return { status: res.status, body: (await res.json()) as { error?: { code: string; fields?: object } } };
}

beforeAll(async () => {
  appTestEnv("input-findings");
  app = await startAppHarness();
});
afterAll(async () => app?.close());

describe("NUL in a stored or searched string (issue 10 §5)", () => {
  const refused = (field: string) => ({
    status: 422,
    body: { error: { code: "invalid_input", fields: { [field]: [expect.stringContaining("U+0000")] } } },
  });

  it("refuses it in a purpose's reference or reason", async () => {
    app.as("analyst");
    const ok = { reference: "CASE-1", reason: "Reviewing the custodian's chats" };
    for (const field of ["reference", "reason"] as const)
      expect(
        await route("app/api/purpose/route.ts", "POST", "/api/purpose", { ...ok, [field]: `${ok[field]}\u0000` }),
      ).toMatchObject(refused(field));
  });

  it("refuses it in a new user's name", async () => {
    app.as("admin");
    expect(
      await route("app/api/users/route.ts", "POST", "/api/users", {
        email: "nul@example.com",
        name: "a\u0000b",
        roles: ["analyst"],
      }),
    ).toMatchObject(refused("name"));
  });

  it("refuses it in the audit trail's actor and target filters, on the page and the export", async () => {
    app.as("auditor");
    for (const file of ["app/api/audit/route.ts", "app/api/audit/export/route.ts"]) {
      const path = file.includes("export") ? "/api/audit/export" : "/api/audit";
      expect(await route(file, "GET", `${path}?actor=a%00b`)).toMatchObject(refused("actor"));
      expect(await route(file, "GET", `${path}?target=a%00b`)).toMatchObject(refused("target"));
    }
  });

  it("refuses it in a custodian search", async () => {
    app.as("analyst");
    expect(await route("app/api/custodians/route.ts", "GET", "/api/custodians?q=a%00b")).toMatchObject(refused("q"));
  });
});

describe("dates out of range (issue 10 §6)", () => {
  const EXTREMES = [
    "-271821-04-20T00:00:00Z",
    "+275760-09-13T00:00:00Z",
    "0000-01-01T00:00:00Z",
    "1969-12-31T23:59:59Z",
  ];

  it("answers 422 naming from or to on the audit page and its export", async () => {
    app.as("auditor");
    for (const path of ["/api/audit", "/api/audit/export"])
      for (const field of ["from", "to"])
        for (const value of EXTREMES) {
          const file = path === "/api/audit" ? "app/api/audit/route.ts" : "app/api/audit/export/route.ts";
          const res = await route(file, "GET", `${path}?${field}=${encodeURIComponent(value)}`);
          expect({ value, ...res }).toMatchObject({
            value,
            status: 422,
            body: { error: { fields: { [field]: expect.any(Array) } } },
          });
        }
  });

  it("answers 422 for year 0000 in an investigation window", async () => {
    app.as("analyst");
    const res = await route(
      "app/api/activity/route.ts",
      "GET",
      "/api/activity?from=0000-01-01T00:00:00Z&to=2026-01-01T00:00:00Z",
    );
    expect(res).toMatchObject({ status: 422, body: { error: { fields: { from: expect.any(Array) } } } });
  });
});

describe("a streamed export that breaks midway (issue 10 §6)", () => {
  it("is audited as a failure after its start, never completed", async () => {
    // The export first flushes finished roll-up windows (one read, allowed); every read of the trail after it fails:
    // the CSV header is sent first (the response has begun), then the first batch breaks.
    let selects = 0;
    const failing = new Proxy(app.db, {
      get(target, prop, receiver) {
        if (prop === "select" && selects++ > 0) throw new Error("connection lost mid-export");
        return Reflect.get(target, prop, receiver);
      },
    }) as Db;
    const context = { actor: { id: "usr_export_test", email: "export@example.com", roles: ["auditor" as const] } };
    const ctx = { ...testOp({ db: app.db }), db: failing, audit: createOperationAudit(app.db, context) };
    const { body } = await startAuditExport({ ...ctx, input: { format: "csv", filter: {} } });
    const reader = body.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toMatch(/^seq,id,at/);
    await expect(reader.read()).rejects.toThrow("connection lost");

    const entries = await app.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.actorId, "usr_export_test"))
      .orderBy(asc(auditEntries.seq));
    expect(entries.map((e) => [e.action, e.outcome, (e.details as { stage?: string }).stage])).toEqual([
      ["audit.export", "success", "started"],
      ["audit.export", "failure", "streaming"],
    ]);
    expect(entries[1].details).toMatchObject({ error: "internal", bytesSent: expect.any(Number) });
  });
});
