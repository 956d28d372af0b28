import { describe, expect, test } from "vitest";
import {
  budgetUsedPercent,
  describeReset,
  describeScope,
  formatLatency,
  formatUtcTime,
  keyRows,
} from "@/components/status/format";

describe("status page formatting", () => {
  test("latency reads in ms below a second and in seconds above", () => {
    expect(formatLatency(null)).toBe("—");
    expect(formatLatency(13.6)).toBe("14 ms");
    expect(formatLatency(1530)).toBe("1.5 s");
    expect(formatLatency(12_400)).toBe("12 s");
  });

  test("times are shown in UTC so server and viewer agree", () => {
    expect(formatUtcTime("2026-04-21T16:38:25+02:00")).toBe("14:38:25 UTC");
    expect(formatUtcTime(null)).toBe("—");
    expect(formatUtcTime("not a date")).toBe("—");
  });

  test("the reset is relative to when the headers were observed", () => {
    const seen = "2026-04-21T14:38:00Z";
    expect(describeReset("2026-04-21T14:38:25Z", seen)).toBe("in 25 s");
    expect(describeReset("2026-04-21T14:43:00Z", seen)).toBe("in 5 min");
    expect(describeReset("2026-04-21T14:37:00Z", seen)).toBe("now");
    expect(describeReset(null, seen)).toBe("unknown");
  });

  test("budget used is a clamped percentage, unknown without headers", () => {
    expect(budgetUsedPercent(600, 450)).toBe(25);
    expect(budgetUsedPercent(600, 700)).toBe(0);
    expect(budgetUsedPercent(null, 10)).toBeNull();
    expect(budgetUsedPercent(0, 0)).toBeNull();
  });

  test("known scopes get a plain-language summary, unknown ones none", () => {
    expect(describeScope("read:compliance_activities")).toBe("Activity Feed");
    expect(describeScope("read:something_new")).toBeNull();
  });

  test("both key rows are always shown, access key first", () => {
    const admin = {
      key: "admin" as const,
      configured: true,
      ok: true,
      scopes: ["read:compliance_activities"],
      reachable: ["activities"],
      error: null,
    };
    const rows = keyRows([admin]);
    expect(rows.map((r) => r.key)).toEqual(["compliance_access_key", "admin"]);
    expect(rows[0].configured).toBe(false);
    expect(rows[1]).toBe(admin);
  });
});
