import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { appendAudit, recordAudit } from "@/lib/server/audit/append-audit";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";
import { auditEntries, users } from "@/lib/server/db/schema";
import { testDatabaseTargets, type TestDatabase } from "./support/test-databases";

const actor = { id: "usr_alice", email: "alice@example.com", roles: ["legal" as const] };
const fullEntry = {
  actor,
  action: "chat.view" as const,
  targets: [
    { type: "custodian" as const, id: "cus_1" },
    { type: "chat" as const, id: "chat_1" },
  ],
  purpose: { id: "pur_1", reference: "CASE-7", reason: "Litigation hold review" },
  requestId: "req_1",
  ip: "203.0.113.9",
  userAgent: "Mozilla/5.0",
  details: { note: "opened transcript" },
};

describe.each(testDatabaseTargets())("audit hash chain on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await target.open();
    for (let i = 0; i < 5; i++) await recordAudit({ ...fullEntry, requestId: `req_${i + 1}` }, { db: t.db });
  });
  afterAll(async () => t?.cleanup());

  it("verifies an untouched chain", async () => {
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, count: 5 });
  });

  it("refuses UPDATE, DELETE and TRUNCATE through the append-only trigger", async () => {
    await expect(t.exec("UPDATE audit_entries SET ip = '1.1.1.1' WHERE seq = 1")).rejects.toThrow(/append-only/);
    await expect(t.exec("DELETE FROM audit_entries WHERE seq = 1")).rejects.toThrow(/append-only/);
    await expect(t.exec("TRUNCATE audit_entries")).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, count: 5 });
  });

  // Each stored field, tampered as a DBA with the trigger disabled would, then put back.
  const tampering: [field: string, tamper: string, restore: string][] = [
    ["seq", "seq = seq + 1000", "seq = seq - 1000"],
    ["id", "id = id || 'x'", "id = left(id, -1)"],
    ["at", "at = at + interval '1 microsecond'", "at = at - interval '1 microsecond'"],
    ["actor_id", "actor_id = actor_id || 'x'", "actor_id = left(actor_id, -1)"],
    ["actor_email", "actor_email = actor_email || 'x'", "actor_email = left(actor_email, -1)"],
    ["actor_roles", "actor_roles = array_append(actor_roles, 'admin')", "actor_roles = actor_roles[1:1]"],
    ["action", "action = 'chat.list'", "action = 'chat.view'"],
    ["targets", `targets = targets || '[{"type":"file","id":"f"}]'::jsonb`, "targets = targets - 2"],
    ["purpose", `purpose = purpose || '{"extra":1}'::jsonb`, "purpose = purpose - 'extra'"],
    ["request_id", "request_id = request_id || 'x'", "request_id = left(request_id, -1)"],
    ["ip", "ip = '198.51.100.1'", "ip = '203.0.113.9'"],
    ["user_agent", "user_agent = user_agent || 'x'", "user_agent = left(user_agent, -1)"],
    ["outcome", "outcome = 'denied'", "outcome = 'success'"],
    [
      "details",
      `details = details || '{"note":"nothing to see"}'::jsonb`,
      `details = details || '{"note":"opened transcript"}'::jsonb`,
    ],
    ["prev_hash", "prev_hash = repeat('1', 64)", "prev_hash = (SELECT hash FROM audit_entries WHERE seq = 2)"],
    ["hash", "hash = repeat('1', 64)", "hash = (SELECT prev_hash FROM audit_entries WHERE seq = 4)"],
  ];

  it.each(tampering)(
    "names the entry whose %s was changed, and passes again once restored",
    async (field, tamper, restore) => {
      const [original] = await t.db.select().from(auditEntries).where(eq(auditEntries.seq, 3));
      const where = field === "seq" ? "seq = 1003" : "seq = 3";
      await t.exec(`ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update_delete`);
      try {
        await t.exec(`UPDATE audit_entries SET ${tamper} WHERE seq = 3`);
        const result = await verifyAuditChain(t.db);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.broken.seq).toBe(field === "seq" ? 1003 : 3);
        expect(result.broken.id.startsWith(original.id)).toBe(true);
        await t.exec(`UPDATE audit_entries SET ${restore} WHERE ${where}`);
      } finally {
        await t.exec(`ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_no_update_delete`);
      }
      expect(await verifyAuditChain(t.db)).toEqual({ ok: true, count: 5 });
    },
  );

  it("reports a deleted entry at its successor, and a chain that lost its head", async () => {
    await t.exec(`ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update_delete`);
    await t.exec(`CREATE TABLE audit_backup AS SELECT * FROM audit_entries`);
    try {
      await t.exec(`DELETE FROM audit_entries WHERE seq = 2`);
      const gap = await verifyAuditChain(t.db);
      expect(gap).toMatchObject({
        ok: false,
        count: 4,
        broken: { seq: 3, reason: expect.stringMatching(/sequence gap/) },
      });
      await t.exec(`DELETE FROM audit_entries WHERE seq = 1`);
      const headless = await verifyAuditChain(t.db);
      expect(headless).toMatchObject({ ok: false, broken: { seq: 3, reason: expect.stringMatching(/expected 1/) } });
      await t.exec(`INSERT INTO audit_entries SELECT * FROM audit_backup WHERE seq IN (1, 2)`);
    } finally {
      await t.exec(`DROP TABLE IF EXISTS audit_backup`);
      await t.exec(`ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_no_update_delete`);
    }
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, count: 5 });
  });

  it("keeps one valid chain under concurrent appends", async () => {
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        recordAudit({ actor, action: "custodian.search", details: { i } }, { db: t.db }),
      ),
    );
    const rows = await t.db.select({ seq: auditEntries.seq }).from(auditEntries).orderBy(asc(auditEntries.seq));
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await verifyAuditChain(t.db, { batchSize: 7 })).toEqual({ ok: true, count: 30 });
  });

  it("rolls back the change it describes when the audit write fails", async () => {
    const attempt = t.db.transaction(async (tx) => {
      await tx.insert(users).values({
        id: "usr_rollback",
        email: "rollback@example.com",
        name: "R",
        authSource: "local",
        roles: ["analyst"],
      });
      // An action outside the enum: appendAudit refuses it, so the user insert must not survive.
      await appendAudit(tx, { actor, action: "user.explode" as "user.create" });
    });
    await expect(attempt).rejects.toThrow();
    expect(await t.db.select().from(users)).toEqual([]);
  });
});
