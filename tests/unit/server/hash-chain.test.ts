import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/server/audit/canonical-json";
import {
  GENESIS_HASH,
  canonicalTimestamp,
  computeAuditHash,
  type HashedAuditFields,
} from "@/lib/server/audit/hash-chain";

const entry: HashedAuditFields = {
  seq: 1,
  id: "aud_1",
  at: "2026-01-02T03:04:05.678000Z",
  actorId: "usr_1",
  actorEmail: "a@example.com",
  actorRoles: ["legal"],
  action: "chat.view",
  targets: [{ type: "chat", id: "c1" }],
  purpose: { id: "pur_1", reference: "CASE-1", reason: "Review" },
  requestId: "req_1",
  ip: "10.0.0.1",
  userAgent: "UA",
  outcome: "success",
  details: {},
  prevHash: GENESIS_HASH,
};

describe("audit hash chain", () => {
  it("is sha256 over the previous hash followed by the canonical entry", () => {
    const expected = createHash("sha256")
      .update(GENESIS_HASH + canonicalJson(entry))
      .digest("hex");
    expect(computeAuditHash(entry)).toBe(expected);
    expect(computeAuditHash({ ...entry })).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes when any single field changes", () => {
    const base = computeAuditHash(entry);
    const variants: Partial<HashedAuditFields>[] = [
      { seq: 2 },
      { id: "aud_2" },
      { at: "2026-01-02T03:04:05.678001Z" },
      { actorId: "usr_2" },
      { actorEmail: null },
      { actorRoles: ["legal", "admin"] },
      { action: "chat.list" },
      { targets: [] },
      { purpose: null },
      { requestId: null },
      { ip: "10.0.0.2" },
      { userAgent: null },
      { outcome: "denied" },
      { details: { x: 1 } },
      { prevHash: "f".repeat(64) },
    ];
    const hashes = variants.map((v) => computeAuditHash({ ...entry, ...v }));
    expect(hashes.every((h) => h !== base)).toBe(true);
    expect(new Set(hashes).size).toBe(variants.length);
  });

  it("writes timestamps with microseconds so sub-millisecond edits are caught", () => {
    expect(canonicalTimestamp(new Date("2026-01-02T03:04:05.678Z"))).toBe("2026-01-02T03:04:05.678000Z");
  });
});
