import { describe, expect, it } from "vitest";
import { CAPABILITY_NAMES, can, capabilitiesOf, knownRoles, roleMatrixMarkdown } from "@/lib/server/auth/roles";

describe("role matrix", () => {
  it("gives each role exactly the rights the issue describes", () => {
    expect(capabilitiesOf(["analyst"])).toEqual(["custodian:read", "content:download", "activity:read"]);
    expect(capabilitiesOf(["legal"])).toEqual([
      "custodian:read",
      "content:download",
      "activity:read",
      "case:manage",
      "export:create",
    ]);
    expect(capabilitiesOf(["admin"])).toEqual([
      "directory:read",
      "users:manage",
      "settings:manage",
      "deletion:request",
    ]);
    expect(capabilitiesOf(["auditor"])).toEqual(["audit:read"]);
  });

  it("unions the rights of several roles, and grants nothing without a role", () => {
    expect(capabilitiesOf(["analyst", "auditor"])).toEqual([
      "custodian:read",
      "content:download",
      "activity:read",
      "audit:read",
    ]);
    expect(CAPABILITY_NAMES.some((c) => can([], c))).toBe(false);
  });

  it("keeps the auditor read-only and away from custodian content", () => {
    for (const c of [
      "custodian:read",
      "content:download",
      "users:manage",
      "settings:manage",
      "deletion:request",
      "export:create",
    ] as const) {
      expect(can(["auditor"], c)).toBe(false);
    }
  });

  it("ignores stored role names this build does not know", () => {
    expect(knownRoles(["legal", "superuser", "ADMIN"])).toEqual(["legal"]);
  });

  it("renders the matrix as a Markdown table for the README", () => {
    const lines = roleMatrixMarkdown().split("\n");
    expect(lines[0]).toBe("| Capability | What it allows | analyst | legal | admin | auditor |");
    expect(lines).toHaveLength(2 + CAPABILITY_NAMES.length);
    expect(lines.find((l) => l.startsWith("| `audit:read`"))).toMatch(/\|  \|  \|  \| ✓ \|$/);
    expect(lines.find((l) => l.startsWith("| `case:manage`"))).toMatch(/\|  \| ✓ \|  \|  \|$/);
  });
});
