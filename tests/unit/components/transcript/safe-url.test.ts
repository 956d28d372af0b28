import { describe, expect, it } from "vitest";
import { imagePlaceholder, safeHref } from "@/components/transcript/safe-url";

describe("safeHref", () => {
  it("keeps http, https and mailto links", () => {
    expect(safeHref("https://example.com/a?b=1")).toBe("https://example.com/a?b=1");
    expect(safeHref("http://example.com")).toBe("http://example.com/");
    expect(safeHref("mailto:jon@westeros.inc")).toBe("mailto:jon@westeros.inc");
  });

  it("strips javascript:, data:, vbscript: and relative links, including obfuscated schemes", () => {
    for (const href of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "java\tscript:alert(1)",
      " javascript:alert(1)",
      "java\u200bscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "/relative",
      "//evil.example/x",
      "",
      null,
    ]) {
      expect(safeHref(href), String(href)).toBeNull();
    }
  });
});

describe("imagePlaceholder", () => {
  it("names the image and its URL as text instead of loading it", () => {
    expect(imagePlaceholder("x", "https://evil.example/x.png")).toBe("[image: x — https://evil.example/x.png]");
    expect(imagePlaceholder("", undefined)).toBe("[image: untitled — no url]");
  });
});
