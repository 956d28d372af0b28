import { describe, expect, it } from "vitest";
import {
  asciiFallback,
  contentDisposition,
  encodeRfc5987,
  sanitizeFilename,
} from "@/lib/server/files/content-disposition";

describe("download filenames", () => {
  it.each([
    ["../../etc/passwd", "etc_passwd"],
    ["..\\..\\windows\\system32\\cmd.exe", "windows_system32_cmd.exe"],
    [
      "ledger\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>.csv",
      "ledgerContent-Type_ text_html_script_alert(1)_script_.csv",
    ],
    ['quarterly "final" numbers.xlsx', "quarterly final numbers.xlsx"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ["zero\u200Bwidth\u200Dname\uFEFF.csv", "zerowidthname.csv"],
    ["javascript:alert(1).pdf", "javascript_alert(1).pdf"],
    [".htaccess", "htaccess"],
    ["report.pdf. . ", "report.pdf"],
    ["Résumé – 履歴書.pdf", "Résumé – 履歴書.pdf"],
  ])("sanitises %j", (raw, safe) => {
    expect(sanitizeFilename(raw, "f1")).toBe(safe);
  });

  it("falls back to file-<id> when nothing usable is left", () => {
    for (const raw of [null, "", "../..", "\u202E\u200B", '""', "..."])
      expect(sanitizeFilename(raw, "claude_file_9")).toBe("file-claude_file_9");
  });

  it("shortens a very long name but keeps its extension", () => {
    const name = sanitizeFilename(`${"a".repeat(400)}.docx`, "x");
    expect([...name].length).toBe(180);
    expect(name.endsWith(".docx")).toBe(true);
  });

  it("builds an ASCII fallback and an RFC 5987 value that round-trips", () => {
    expect(asciiFallback("Résumé – 履歴書.pdf", "x")).toBe("Resume _ _.pdf");
    expect(asciiFallback("履歴書.pdf", "x")).toBe("file-x.pdf");
    expect(encodeRfc5987("it's (final)*.pdf")).toBe("it%27s%20%28final%29%2A.pdf");
    const { header } = contentDisposition('a "b"\r\n/c.txt', "x");
    expect(header).toBe(`attachment; filename="a b_c.txt"; filename*=UTF-8''a%20b_c.txt`);
    const utf8 = /filename\*=UTF-8''(.+)$/.exec(contentDisposition("Résumé.pdf", "x").header)?.[1] ?? "";
    expect(decodeURIComponent(utf8)).toBe("Résumé.pdf");
  });
});
