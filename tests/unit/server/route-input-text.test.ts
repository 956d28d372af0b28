import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { sql } from "drizzle-orm";
import { createDb } from "@/lib/server/db/create-db";
import type { DbHandle } from "@/lib/server/db/types";
import { findUnstorableText } from "@/lib/server/http/unstorable-text";
import { makeUser } from "../../integration/server/support/fixtures";
import { params, request, routeHarness } from "../../integration/server/support/route-harness";

// Issue 10 §5: control characters anywhere in the input are a 422 naming the field, in the one wrapper, before any
// schema runs; and an unexpected error's log line names its class and codes, never its message or SQL parameters.

const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

describe("findUnstorableText", () => {
  it("names every string and key with NUL, C0 controls, DEL or a lone surrogate, at zod's field paths", () => {
    const fields = findUnstorableText(
      { reason: "a\u0000b", list: ["ok", "x\u007f"], nested: { deep: "\ud800" }, ["k\u0001"]: "v", ok: "fine" },
      "body",
    );
    expect(Object.keys(fields).sort()).toEqual(["k\\u0001", "list.1", "nested.deep", "reason"]);
    expect(fields.reason).toEqual(["Contains a control character (U+0000) that cannot be stored"]);
    expect(fields["nested.deep"][0]).toMatch(/unpaired UTF-16 surrogate/);
  });

  it("allows TAB, LF and CR in body strings only, and well-formed astral characters everywhere", () => {
    expect(findUnstorableText({ reason: "line one\r\nline\ttwo 😀" }, "body")).toEqual({});
    expect(Object.keys(findUnstorableText({ q: "a\nb" }, "query"))).toEqual(["q"]);
    expect(Object.keys(findUnstorableText({ fileId: "a\tb" }, "params"))).toEqual(["fileId"]);
    expect(findUnstorableText({ q: "😀" }, "query")).toEqual({});
  });

  it("walks a deeply nested body without overflowing the stack, and reports a bounded number of fields", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(Object.keys(findUnstorableText(deep, "body"))).toHaveLength(1);
    expect(Object.keys(findUnstorableText(Array(1000).fill("\u0000"), "body")).length).toBeLessThanOrEqual(20);
    expect(findUnstorableText("\u0000", "body")).toHaveProperty("body");
  });
});

describe("withRoute and control characters (issue 10 §5)", () => {
  let h: DbHandle;
  let harness: ReturnType<typeof routeHarness>;
  const errors: string[] = [];

  beforeAll(async () => {
    h = await createDb({ dataDir: "memory://" });
    harness = routeHarness(h.db);
    harness.signIn((await makeUser(h.db, "ann@example.com", ["analyst", "admin", "auditor"])).id);
  });
  afterAll(async () => h?.close());
  afterEach(() => {
    errors.length = 0;
    vi.restoreAllMocks();
  });

  // A handler that would store whatever it is given: the wrapper must refuse before it runs.
  const storing = () =>
    harness.withRoute(
      {
        capability: "authenticated",
        params: z.object({ id: z.string() }),
        query: z.object({ q: z.string().optional() }),
        body: z.object({ reason: z.string() }).optional(),
        mutating: false,
      },
      async ({ body, query, db }) => {
        await db.execute(sql`select ${body?.reason ?? query.q ?? ""}::text`);
        return Response.json({ ok: true });
      },
    );

  it("answers 422 invalid_input naming the body field that holds a NUL", async () => {
    const res = await storing()(
      request("/api/x/ok", { method: "POST", json: { reason: "Litigation hold\u0000 review" } }),
      params({ id: "ok" }),
    );
    expect(res.status).toBe(422);
    const { error } = ErrorBody.parse(await res.json());
    expect(error).toMatchObject({ code: "invalid_input", fields: { reason: [expect.stringContaining("U+0000")] } });
  });

  it("refuses controls in a query value, a query key and a path parameter, even where no schema names them", async () => {
    const route = storing();
    const check = async (path: string, id: string, field: string) => {
      const res = await route(request(path), params({ id }));
      expect(res.status, path).toBe(422);
      expect(Object.keys(ErrorBody.parse(await res.json()).error.fields ?? {})).toEqual([field]);
    };
    await check("/api/x/ok?q=a%00b", "ok", "q");
    await check("/api/x/ok?unknown=%1b%5b31m", "ok", "unknown");
    await check("/api/x/ok?a%00b=1", "ok", "a\\u0000b");
    await check("/api/x/a%00b", "a\u0000b", "id");
  });

  it("logs an unexpected database error by class and SQLSTATE, never its message or parameters", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      errors.push(args.map(String).join(" "));
    });
    const route = harness.withRoute({ capability: "authenticated", mutating: false }, async ({ db }) => {
      await db.execute(sql`select ${"purpose: merger with ACME, mail dana@example.com"}::int`);
      return Response.json({ ok: true });
    });
    const res = await route(request("/api/x"));
    expect(res.status).toBe(500);
    expect(logged).toHaveBeenCalledTimes(1);
    const line = errors.join("\n");
    expect(line).toMatch(/^\[route\] req_\S+ GET \/api\/x failed: /);
    expect(line).toMatch(/code=22P02/);
    expect(line).toMatch(/\n {4}at /);
    expect(line).not.toMatch(/ACME|dana@example\.com|Failed query|params:|select/i);
  });
});
