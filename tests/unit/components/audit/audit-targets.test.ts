import { describe, expect, test } from "vitest";
import { AuditTarget } from "@/lib/schemas/audit";
import { namedTargets } from "@/components/audit/format";

describe("named targets", () => {
  test("a user entry written before labels shows the email its details recorded", () => {
    const old = { targets: [{ type: "user" as const, id: "usr_x" }], details: { email: "x@westeros.inc" } };
    expect(namedTargets(old)).toEqual([{ type: "user", id: "usr_x", label: "x@westeros.inc" }]);
    const unnamed = { targets: [{ type: "chat" as const, id: "chat_1" }], details: {} };
    expect(namedTargets(unnamed)).toEqual(unnamed.targets);
  });
});

describe("AuditTarget labels", () => {
  test("are optional, so entries written before stay valid", () => {
    expect(AuditTarget.parse({ type: "chat", id: "c" })).toEqual({ type: "chat", id: "c" });
  });

  test("are clipped and cleaned instead of failing the audited read", () => {
    const label = AuditTarget.parse({ type: "chat", id: "c", label: `a\u0000b\nc\ud800${"z".repeat(500)}` }).label!;
    expect(label.startsWith("a b c\ufffd")).toBe(true);
    expect(Array.from(label)).toHaveLength(200);
    // Idempotent: a stored label reads back unchanged (the hash chain re-parses stored targets).
    expect(AuditTarget.parse({ type: "chat", id: "c", label }).label).toBe(label);
  });
});
