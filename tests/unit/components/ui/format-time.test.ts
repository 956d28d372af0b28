import { describe, expect, it } from "vitest";
import { formatBytes, formatDateTime, fromInputValue, toInputValue } from "@/components/ui/format-time";

describe("time and size formatting", () => {
  it("marks UTC times as UTC", () => {
    expect(formatDateTime("2026-11-03T14:05:09Z", "utc", true)).toBe("03 Nov 2026, 14:05:09 UTC");
    expect(formatDateTime(null, "utc")).toBe("—");
  });

  it("round-trips datetime-local values in UTC", () => {
    expect(toInputValue("2026-11-03T14:05:00.000Z", "utc")).toBe("2026-11-03T14:05");
    expect(fromInputValue("2026-11-03T14:05", "utc")).toBe("2026-11-03T14:05:00.000Z");
    expect(fromInputValue("garbage", "utc")).toBeNull();
  });

  it("sizes in binary units", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(1024 ** 3)).toBe("1.0 GB");
    expect(formatBytes(null)).toBe("—");
  });
});
