import { describe, expect, it } from "vitest";
import { AuditQuery } from "@/lib/schemas/audit";
import { BoundedDate } from "@/lib/schemas/date-bounds";
import { IsoDateTime } from "@/lib/schemas/investigate/common";
import { SearchCustodiansQuery } from "@/lib/schemas/investigate/custodian";

// Issue 10 §5 and §6 in the shared schemas, which pages parse without withRoute (the audit page's prefetch).
describe("shared schemas refuse what the database cannot take", () => {
  it("refuses control characters in the audit filters and the custodian search", () => {
    expect(AuditQuery.safeParse({ actor: "a\u0000b" }).success).toBe(false);
    expect(AuditQuery.safeParse({ target: "chat\u001b[0m" }).success).toBe(false);
    expect(SearchCustodiansQuery.safeParse({ q: "sta\u0000" }).success).toBe(false);
    expect(AuditQuery.safeParse({ actor: "dana@example.com", target: "claude_chat_1" }).success).toBe(true);
  });

  it("bounds dates to 1970-01-01 – 9999-12-31, naming the field", () => {
    for (const value of [
      "-271821-04-20T00:00:00Z",
      "+275760-09-13T00:00:00Z",
      "0000-01-01T00:00:00Z",
      "1969-12-31T23:59:59Z",
    ]) {
      expect(BoundedDate.safeParse(value).success, value).toBe(false);
      const result = AuditQuery.safeParse({ to: value });
      expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["to"]);
    }
    expect(IsoDateTime.safeParse("0000-01-01T00:00:00Z").success).toBe(false);
    expect(BoundedDate.parse("1970-01-01T00:00:00Z").toISOString()).toBe("1970-01-01T00:00:00.000Z");
    expect(IsoDateTime.parse("9999-12-31T23:59:59Z")).toBe("9999-12-31T23:59:59.000Z");
  });
});
