import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asc, eq, sql } from "drizzle-orm";
import { recordAudit } from "@/lib/server/audit/append-audit";
import { CANONICAL_AT_SQL, computeAuditHash } from "@/lib/server/audit/hash-chain";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";
import { verifyAuditTrail } from "@/lib/server/audit/verify-audit-trail";
import { checkpointSignedBytes, type AuditCheckpoint } from "@/lib/server/audit-checkpoints/checkpoint-format";
import { checkpointFileName, listCheckpointFiles } from "@/lib/server/audit-checkpoints/checkpoint-store";
import {
  auditCheckpointsSettled,
  checkpointAuditHead,
  installAuditCheckpointer,
  startAuditCheckpointTimer,
  uninstallAuditCheckpointer,
} from "@/lib/server/audit-checkpoints/checkpointer";
import { loadSigningKey, type SigningKey } from "@/lib/server/signing/signing-key";
import { auditEntries } from "@/lib/server/db/schema";
import { testDatabaseTargets, type TestDatabase } from "./support/test-databases";

// Issue 10, "Also build: signed checkpoints of the audit chain" (acceptance 3). Tampering is done as a DBA would:
// with the append-only trigger disabled.

const actor = { id: "usr_cp", email: "cp@example.com", roles: ["legal" as const] };
const EVERY = 5;
const TRIGGER = "audit_entries_no_update_delete";

describe.each(testDatabaseTargets())("signed audit checkpoints on $name", (target) => {
  let t: TestDatabase;
  let tmp: string;
  let dir: string;
  let key: SigningKey;
  const settings = () => ({ db: t.db, every: EVERY, dir, key: () => key });
  const append = async (n: number) => {
    for (let i = 0; i < n; i++) await recordAudit({ actor, action: "custodian.search", details: { i } }, { db: t.db });
    await auditCheckpointsSettled();
  };
  const trail = () => verifyAuditTrail(t.db, { dir, key });
  /** Runs `tamper` with the trigger off, then puts the table back exactly as it was. */
  async function tampered(tamper: () => Promise<void>, check: () => Promise<void>) {
    await t.exec(`ALTER TABLE audit_entries DISABLE TRIGGER ${TRIGGER}`);
    await t.exec(`CREATE TABLE audit_backup AS SELECT * FROM audit_entries`);
    try {
      await tamper();
      await check();
    } finally {
      await t.exec(`DELETE FROM audit_entries`);
      await t.exec(`INSERT INTO audit_entries SELECT * FROM audit_backup`);
      await t.exec(`DROP TABLE audit_backup`);
      await t.exec(`ALTER TABLE audit_entries ENABLE TRIGGER ${TRIGGER}`);
    }
  }

  beforeAll(async () => {
    t = await target.open();
    tmp = await mkdtemp(path.join(tmpdir(), "custody-cp-"));
    dir = path.join(tmp, "audit-checkpoints");
    key = loadSigningKey({ keysDir: path.join(tmp, "keys") });
    installAuditCheckpointer(settings());
    await append(12);
  });
  afterAll(async () => {
    uninstallAuditCheckpointer();
    await t?.cleanup();
    await rm(tmp, { recursive: true, force: true });
  });

  it("signs the entry at every Nth seq once it has committed (N-entry trigger)", async () => {
    expect(listCheckpointFiles(dir)).toEqual([checkpointFileName(5), checkpointFileName(10)]);
    const rows = await t.db.select().from(auditEntries).orderBy(asc(auditEntries.seq));
    for (const seq of [5, 10]) {
      const checkpoint = JSON.parse(readFileSync(path.join(dir, checkpointFileName(seq)), "utf8")) as AuditCheckpoint;
      expect(checkpoint).toMatchObject({ seq, hash: rows[seq - 1].hash, entryId: rows[seq - 1].id, keyId: key.keyId });
    }
    expect(await trail()).toMatchObject({
      ok: true,
      count: 12,
      checkpoints: { count: 2, verified: 2, problemCount: 0, latest: { seq: 10 } },
    });
  });

  it("names the checkpoint a truncation of the last entries contradicts, though the chain still verifies", async () => {
    await tampered(
      () => t.exec(`DELETE FROM audit_entries WHERE seq >= 9`),
      async () => {
        expect(await verifyAuditChain(t.db)).toEqual({ ok: true, count: 8 });
        const result = await trail();
        expect(result.ok).toBe(false);
        const signedAt = (JSON.parse(readFileSync(path.join(dir, checkpointFileName(10)), "utf8")) as AuditCheckpoint)
          .at;
        expect(result.checkpoints.problems).toEqual([
          {
            kind: "truncated",
            file: checkpointFileName(10),
            seq: 10,
            signedAt,
            reason: expect.stringContaining(`the chain ends at seq 8, but checkpoint ${checkpointFileName(10)}`),
          },
        ]);
        expect(result.checkpoints.problems[0].reason).toContain(signedAt);
      },
    );
    expect((await trail()).ok).toBe(true);
  });

  it("names the checkpoint a rewrite contradicts, even with every later hash recomputed", async () => {
    await tampered(
      async () => {
        const rows = await t.db
          .select({ row: auditEntries, atText: sql<string>`${sql.raw(CANONICAL_AT_SQL)}` })
          .from(auditEntries)
          .orderBy(asc(auditEntries.seq));
        let prevHash = rows[6].row.prevHash; // entry 7 is rewritten; 8..12 are re-chained onto it
        for (const { row, atText } of rows.slice(6)) {
          const details = row.seq === 7 ? { i: "nothing to see" } : row.details;
          const { hash: _old, at: _at, ...rest } = row;
          const hash = computeAuditHash({
            ...rest,
            forwardedForUntrusted: rest.forwardedForUntrusted ?? undefined,
            at: atText,
            details,
            prevHash,
          });
          await t.db.update(auditEntries).set({ details, prevHash, hash }).where(eq(auditEntries.seq, row.seq));
          prevHash = hash;
        }
      },
      async () => {
        expect(await verifyAuditChain(t.db)).toEqual({ ok: true, count: 12 });
        const result = await trail();
        expect(result).toMatchObject({ ok: false, checkpoints: { verified: 1, problemCount: 1 } });
        expect(result.checkpoints.problems[0]).toMatchObject({
          kind: "rewritten",
          file: checkpointFileName(10),
          seq: 10,
        });
        expect(result.checkpoints.problems[0].reason).toMatch(/after seq 5, which still matches/);
      },
    );
    expect((await trail()).ok).toBe(true);
  });

  it("reports a forged or altered checkpoint and one signed by another key", async () => {
    const real = JSON.parse(readFileSync(path.join(dir, checkpointFileName(10)), "utf8")) as AuditCheckpoint;
    const [row11] = await t.db.select().from(auditEntries).where(eq(auditEntries.seq, 11));
    const forged = { ...real, seq: 11, entryId: row11.id, hash: row11.hash }; // old signature, new claim
    const other = loadSigningKey({ keysDir: path.join(tmp, "other-keys") });
    const unsigned = { ...forged, seq: 12, keyId: key.keyId };
    const foreign = { ...unsigned, signature: other.sign(checkpointSignedBytes(unsigned)).toString("base64") };
    const own = { ...unsigned, seq: 13, keyId: other.keyId };
    const otherKeys = { ...own, signature: other.sign(checkpointSignedBytes(own)).toString("base64") };
    const files = [checkpointFileName(11), checkpointFileName(12), checkpointFileName(13)];
    writeFileSync(path.join(dir, files[0]), JSON.stringify(forged));
    writeFileSync(path.join(dir, files[1]), JSON.stringify(foreign));
    writeFileSync(path.join(dir, files[2]), JSON.stringify(otherKeys));
    try {
      const result = await trail();
      expect(result.ok).toBe(false);
      expect(result.checkpoints.problems.map((p) => [p.kind, p.file])).toEqual([
        ["bad_signature", files[0]],
        ["bad_signature", files[1]],
        ["unknown_key", files[2]],
      ]);
      expect(result.checkpoints.problems[0].reason).toMatch(/bad signature: forged or altered/);
      expect(result.checkpoints.problems[2].reason).toContain(`names key ${other.keyId}, not ${key.keyId}`);
    } finally {
      for (const file of files) await rm(path.join(dir, file));
    }
  });

  it("signs the head on the timer only when it moved, and on demand", async () => {
    expect(await checkpointAuditHead(settings())).toMatchObject({ created: true, checkpoint: { seq: 12 } });
    expect(await checkpointAuditHead(settings())).toBeNull();
    expect(await checkpointAuditHead(settings(), { force: true })).toMatchObject({ created: false });
    startAuditCheckpointTimer(20);
    await recordAudit({ actor, action: "custodian.search" }, { db: t.db });
    await vi.waitFor(() => expect(existsSync(path.join(dir, checkpointFileName(13)))).toBe(true), { timeout: 5000 });
    uninstallAuditCheckpointer();
    installAuditCheckpointer(settings());
    await auditCheckpointsSettled();
    expect((await trail()).checkpoints).toMatchObject({ verified: 4, problemCount: 0 });
  });

  it("logs a checkpoint it cannot write and retries at the next trigger, never failing the audited action", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    installAuditCheckpointer({ ...settings(), dir: path.join(tmp, "keys", "signing-ed25519.pem") }); // not a folder
    try {
      await expect(append(2)).resolves.toBeUndefined(); // 14, 15: the trigger at 15 fails
      expect(log.mock.calls.map((c) => c.join(" ")).join("\n")).toMatch(/\[audit\] checkpoint at seq 15 not written/);
      expect(log.mock.calls.join("\n")).not.toMatch(/PRIVATE KEY/);
    } finally {
      log.mockRestore();
      installAuditCheckpointer(settings());
    }
    await append(5); // 16..20: the trigger at 20 writes
    expect(listCheckpointFiles(dir).at(-1)).toBe(checkpointFileName(20));
    expect(await trail()).toMatchObject({ ok: true, count: 20 });
  });
});
