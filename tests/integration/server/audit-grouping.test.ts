import { testOp } from "@/tests/support/operation";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditTarget } from "@/lib/schemas/audit";
import { groupAuditEntries } from "@/lib/schemas/audit-group";
import { recordAudit } from "@/lib/server/audit/append-audit";
import { exportAuditNdjson } from "@/lib/server/audit/export-audit";
import { listAudit } from "@/lib/server/audit/list-audit";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";
import { testDatabaseTargets, type TestDatabase } from "./support/test-databases";

const alice = { id: "usr_alice", email: "alice@example.com", roles: ["analyst" as const] };
const bob = { id: "usr_bob", email: "bob@example.com", roles: ["analyst" as const] };
const chat: AuditTarget[] = [{ type: "chat", id: "chat_1", label: "Q3 plans" }];

// seq 1: a search (never groups) · 2–11: alice reads chat_1's ten pages · 12: bob reads it once · 13–14: alice
// views a file twice. Pages of 3 cut through the ten-page run unless the cursor keeps it whole.
describe.each(testDatabaseTargets())("audit pages keep runs whole on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await target.open();
    const db = t.db;
    await recordAudit({ actor: alice, action: "custodian.search", details: { q: "sam" } }, { db });
    for (let page = 0; page < 10; page++)
      await recordAudit({ actor: alice, action: "chat.view", targets: chat, details: { page } }, { db });
    await recordAudit({ actor: bob, action: "chat.view", targets: chat }, { db });
    for (let i = 0; i < 2; i++)
      await recordAudit({ actor: alice, action: "file.view", targets: [{ type: "file", id: "f_1" }] }, { db });
  });
  afterAll(async () => t?.cleanup());

  const seqs = (page: { entries: { seq: number }[] }) => page.entries.map((e) => e.seq);

  it("runs a page on to the end of a run instead of cutting it, and the next page starts after it", async () => {
    const first = await listAudit({ ...testOp({ db: t.db }), input: { limit: 3 } });
    expect(seqs(first)).toEqual([14, 13, 12]);
    expect(first.nextCursor).toBe("12");
    const second = await listAudit({ ...testOp({ db: t.db }), input: { limit: 3, cursor: "12" } });
    expect(seqs(second)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    expect(second.nextCursor).toBe("2");
    expect(second.lastGroupContinues).toBe(false);
    expect(groupAuditEntries(second.entries).map((g) => g.entries.length)).toEqual([10]);
    const third = await listAudit({ ...testOp({ db: t.db }), input: { limit: 3, cursor: "2" } });
    expect(seqs(third)).toEqual([1]);
    expect(third.nextCursor).toBeNull();

    const top = await listAudit({ ...testOp({ db: t.db }), input: { limit: 1 } });
    expect(seqs(top)).toEqual([14, 13]);
    expect(top.nextCursor).toBe("13");
  });

  it("groups what is adjacent after the filters: without bob's read, alice's runs stay apart by action", async () => {
    const page = await listAudit({ ...testOp({ db: t.db }), input: { actor: "usr_alice", limit: 3 } });
    expect(seqs(page)).toEqual([14, 13, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    expect(groupAuditEntries(page.entries).map((g) => g.entries.length)).toEqual([2, 10]);
  });

  it("reads a long run in steps, and says so when it has to stop inside one", async () => {
    const stepped = await listAudit({
      ...testOp({ db: t.db }),
      input: { limit: 3, cursor: "12" },
      extension: { max: 50, batch: 2 },
    });
    expect(seqs(stepped)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    expect(stepped.nextCursor).toBe("2");
    const capped = await listAudit({
      ...testOp({ db: t.db }),
      input: { limit: 3, cursor: "12" },
      extension: { max: 4, batch: 3 },
    });
    expect(seqs(capped)).toEqual([11, 10, 9, 8, 7, 6, 5]);
    expect(capped.nextCursor).toBe("5");
    expect(capped.lastGroupContinues).toBe(true);
  });

  it("keeps every entry: the chain verifies and the export has one line per entry, labels included", async () => {
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
    const text = await new Response(exportAuditNdjson({ ...testOp({ db: t.db }), input: { target: "chat_1" } })).text();
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(11);
    expect(JSON.parse(lines[0]).targets).toEqual(chat);
  });
});
