import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntryDto } from "@/lib/schemas/audit";
import { recordAudit } from "@/lib/server/audit/append-audit";
import { exportAuditCsv, exportAuditNdjson, AUDIT_CSV_COLUMNS } from "@/lib/server/audit/export-audit";
import { listAudit } from "@/lib/server/audit/list-audit";
import { testOp } from "@/tests/support/operation";
import { testDatabaseTargets, type TestDatabase } from "./support/test-databases";

const alice = { id: "usr_alice", email: "alice@example.com", roles: ["analyst" as const] };
const bob = { id: "usr_bob", email: "bob@example.com", roles: ["legal" as const] };

/** Minimal RFC 4180 reader, enough to check that quoting round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe.each(testDatabaseTargets())("audit queries and exports on $name", (target) => {
  let t: TestDatabase;
  let middle: Date;
  beforeAll(async () => {
    t = await target.open();
    await recordAudit(
      { actor: alice, action: "custodian.search", details: { q: '=HYPERLINK("http://evil")' } },
      { db: t.db },
    );
    await recordAudit({ actor: alice, action: "chat.view", targets: [{ type: "chat", id: "chat_42" }] }, { db: t.db });
    await new Promise((r) => setTimeout(r, 20));
    middle = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await recordAudit(
      {
        actor: bob,
        action: "file.download",
        targets: [
          { type: "custodian", id: "cus_7" },
          { type: "file", id: "file_1" },
        ],
        userAgent: '+cmd|"/c calc"!A1, quoted "UA"\nline2',
        outcome: "success",
      },
      { db: t.db },
    );
    await recordAudit(
      { actor: bob, action: "chat.view", targets: [{ type: "chat", id: "chat_42" }], outcome: "denied" },
      { db: t.db },
    );
  });
  afterAll(async () => t?.cleanup());

  it("lists newest first and pages with a cursor", async () => {
    const first = await listAudit({ ...testOp({ db: t.db }), input: { limit: 3 } });
    expect(first.entries.map((e) => e.seq)).toEqual([4, 3, 2]);
    expect(first.nextCursor).toBe("2");
    const second = await listAudit({
      ...testOp({ db: t.db }),
      input: { limit: 3, cursor: first.nextCursor ?? undefined },
    });
    expect(second.entries.map((e) => e.seq)).toEqual([1]);
    expect(second.nextCursor).toBeNull();
    for (const e of first.entries) AuditEntryDto.parse(e);
  });

  it("filters by actor (id or email), action, target, outcome and time", async () => {
    const seqs = async (query: Parameters<typeof listAudit>[0]["input"]) =>
      (await listAudit({ ...testOp({ db: t.db }), input: query })).entries.map((e) => e.seq);
    expect(await seqs({ actor: "usr_alice" })).toEqual([2, 1]);
    expect(await seqs({ actor: "BOB@example.com" })).toEqual([4, 3]);
    expect(await seqs({ action: "chat.view" })).toEqual([4, 2]);
    expect(await seqs({ action: ["chat.view", "custodian.search"] })).toEqual([4, 2, 1]);
    expect(await seqs({ target: "chat_42" })).toEqual([4, 2]);
    expect(await seqs({ target: "cus_7" })).toEqual([3]);
    expect(await seqs({ outcome: "denied" })).toEqual([4]);
    expect(await seqs({ from: middle.toISOString() })).toEqual([4, 3]);
    expect(await seqs({ to: middle.toISOString() })).toEqual([2, 1]);
    expect(await seqs({ actor: "usr_alice", target: "chat_42" })).toEqual([2]);
  });

  it("rejects a filter that makes no sense", async () => {
    await expect(
      listAudit({ ...testOp({ db: t.db }), input: { action: "chat.explode" as "chat.view" } }),
    ).rejects.toThrow();
    await expect(
      listAudit({ ...testOp({ db: t.db }), input: { from: "2026-02-01", to: "2026-01-01" } }),
    ).rejects.toThrow(/after/);
  });

  it("exports CSV with quoting and spreadsheet-formula protection", async () => {
    const text = await new Response(exportAuditCsv({ ...testOp({ db: t.db }), input: { actor: "usr_bob" } })).text();
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["3", "4"]);
    const col = (name: (typeof AUDIT_CSV_COLUMNS)[number]) => AUDIT_CSV_COLUMNS.indexOf(name);
    expect(rows[1][col("user_agent")]).toBe(`'+cmd|"/c calc"!A1, quoted "UA"\nline2`);
    expect(rows[1][col("targets")]).toBe("custodian:cus_7;file:file_1");
    expect(rows[1][col("actor_roles")]).toBe("legal");

    const all = parseCsv(await new Response(exportAuditCsv({ ...testOp({ db: t.db }), input: {} })).text());
    expect(all).toHaveLength(5);
    // details is JSON text starting with "{", so it is safe; the formula lives inside and cannot execute.
    expect(all[1][col("details")]).toBe('{"q":"=HYPERLINK(\\"http://evil\\")"}');
  });

  it("exports NDJSON, one validated entry per line, oldest first", async () => {
    const text = await new Response(
      exportAuditNdjson({ ...testOp({ db: t.db }), input: { target: "chat_42" } }),
    ).text();
    const lines = text
      .trimEnd()
      .split("\n")
      .map((l) => AuditEntryDto.parse(JSON.parse(l)));
    expect(lines.map((e) => [e.seq, e.actorId, e.outcome])).toEqual([
      [2, "usr_alice", "success"],
      [4, "usr_bob", "denied"],
    ]);
  });

  it("streams a large export in batches without losing entries", async () => {
    for (let i = 0; i < 520; i++)
      await recordAudit({ actor: alice, action: "activity.search", details: { i } }, { db: t.db });
    const text = await new Response(
      exportAuditNdjson({ ...testOp({ db: t.db }), input: { action: "activity.search" } }),
    ).text();
    const seen = text
      .trimEnd()
      .split("\n")
      .map((l) => AuditEntryDto.parse(JSON.parse(l)).details.i);
    expect(seen).toEqual(Array.from({ length: 520 }, (_, i) => i));
  });
});
