import { describe, expect, test } from "vitest";
import type { AuditEntryDto } from "@/lib/schemas/audit";
import { auditGroupKey, groupAuditEntries } from "@/lib/schemas/audit-group";
import { formatAuditRange, summarizeAuditDetails } from "@/components/audit/format";

let seq = 100;
const purpose = { id: "pur_1", reference: "CASE-1", reason: "Review" };
const chat = [
  { type: "chat" as const, id: "chat_1", label: "Q3 plans" },
  { type: "custodian" as const, id: "usr_9", label: "sam@westeros.inc" },
];

function entry(overrides: Partial<AuditEntryDto> = {}): AuditEntryDto {
  const n = seq--;
  return {
    seq: n,
    id: `aud_${n}`,
    at: new Date(Date.UTC(2026, 9, 1, 12, 0, n % 60)).toISOString(),
    actorId: "usr_a",
    actorEmail: "a@westeros.inc",
    actorRoles: ["analyst"],
    action: "chat.view",
    targets: chat,
    purpose,
    requestId: `req_${n}`,
    ip: null,
    userAgent: null,
    outcome: "success",
    details: { page: "next" },
    prevHash: "0".repeat(64),
    hash: String(n).padStart(64, "0"),
    ...overrides,
  };
}

const sizes = (entries: AuditEntryDto[]) => groupAuditEntries(entries).map((g) => g.entries.length);

describe("groupAuditEntries", () => {
  test("a run of the same read by the same person is one group, every entry kept in order", () => {
    const run = Array.from({ length: 10 }, () => entry());
    const groups = groupAuditEntries(run);
    expect(groups).toHaveLength(1);
    expect(groups[0].entries).toEqual(run);
    expect(groups[0].id).toBe(run[0].id);
  });

  test("target order and labels do not split a run: ids name the item", () => {
    const a = entry();
    const b = entry({
      targets: [
        { type: "custodian", id: "usr_9" },
        { type: "chat", id: "chat_1" },
      ],
    });
    expect(sizes([a, b])).toEqual([2]);
  });

  test.each([
    ["another actor", { actorId: "usr_b" }],
    ["another action", { action: "file.view" as const }],
    ["another outcome", { outcome: "failure" as const }],
    ["another purpose", { purpose: { ...purpose, id: "pur_2" } }],
    ["another item", { targets: [{ type: "chat" as const, id: "chat_2" }] }],
    ["one more target", { targets: [...chat, { type: "file" as const, id: "f" }] }],
  ])("%s ends the run", (_name, change) => {
    expect(sizes([entry(), entry(), entry(change), entry()])).toEqual([2, 1, 1]);
  });

  test("only adjacent entries group: the trail is never reordered", () => {
    const other = entry({ actorId: "usr_b", action: "auth.sign_in", targets: [] });
    expect(sizes([entry(), other, entry(), entry()])).toEqual([1, 1, 2]);
  });

  test("changes and reads without a target never group", () => {
    const change = { action: "user.role_change" as const, targets: [{ type: "user" as const, id: "usr_x" }] };
    expect(sizes([entry(change), entry(change)])).toEqual([1, 1]);
    const trail = { action: "audit.view" as const, targets: [] };
    expect(sizes([entry(trail), entry(trail), entry(trail)])).toEqual([1, 1, 1]);
    expect(auditGroupKey(entry(trail))).toBeNull();
    for (const action of ["chat.list", "file.download", "file.preview", "custodian.search"] as const)
      expect(auditGroupKey(entry({ action }))).not.toBeNull();
  });

  test("no entry is lost or duplicated, whatever the mix", () => {
    const mixed = [entry(), entry(), entry({ actorId: "x" }), entry({ actorId: "x" }), entry(), entry({ targets: [] })];
    expect(groupAuditEntries(mixed).flatMap((g) => g.entries)).toEqual(mixed);
  });
});

describe("display helpers", () => {
  test("a time range keeps one date on one day, both across midnight", () => {
    expect(formatAuditRange("2026-10-01T12:00:03.1Z", "2026-10-01T12:04:51.9Z")).toBe("2026-10-01 12:00:03–12:04:51");
    expect(formatAuditRange("2026-10-01T23:59:59Z", "2026-10-02T00:00:01Z")).toBe(
      "2026-10-01 23:59:59 – 2026-10-02 00:00:01",
    );
    expect(formatAuditRange("2026-10-01T12:00:03.1Z", "2026-10-01T12:00:03.9Z")).toBe("2026-10-01 12:00:03");
  });

  test("details summarise on one line", () => {
    expect(summarizeAuditDetails({ page: "next", messages: 1000, deleted: false })).toBe(
      "page: next · messages: 1000 · deleted: false",
    );
    expect(summarizeAuditDetails({ q: "x".repeat(300) }, 20)).toHaveLength(20);
  });
});
