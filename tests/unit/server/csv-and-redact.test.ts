import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "@/lib/server/audit/csv";
import { redact } from "@/lib/server/http/redact";

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks per RFC 4180", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
    expect(csvRow(["a", "b,c"])).toBe('a,"b,c"\r\n');
  });

  it("defuses cells a spreadsheet would evaluate as formulas", () => {
    for (const danger of ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
      expect(csvCell(danger).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("log redaction", () => {
  it("removes keys, tokens, passwords and URL credentials", () => {
    const text = [
      "x-api-key: sk-ant-admin01-AbC_123",
      "Authorization: Bearer eyJhbGciOi.abc.def",
      "connect postgres://app:s3cret@db:5432/custody",
      'password="hunter2" token=abc123',
      "hash scrypt$32768$8$1$salt$hash",
    ].join("\n");
    const out = redact(text);
    expect(out).not.toMatch(/AbC_123|eyJhbGciOi|s3cret|hunter2|abc123|\$salt\$hash/);
    expect(out).toContain("postgres://[redacted]@db:5432/custody");
  });
});
