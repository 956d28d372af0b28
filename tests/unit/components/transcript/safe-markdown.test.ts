import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HOSTILE_TEXTS } from "@/lib/simulator/data/hostile";
import { SafeMarkdown } from "@/components/transcript/safe-markdown";

const render = (text: string) => renderToStaticMarkup(createElement(SafeMarkdown, { text }));

describe("SafeMarkdown on hostile chat text", () => {
  it.each(HOSTILE_TEXTS.map((t) => [t]))(
    "renders %j without live HTML, scripts, foreign requests or script links",
    (text) => {
      const html = render(text);
      expect(html).not.toMatch(/<(script|iframe|img|svg|style|object|embed)\b/i);
      expect(html).not.toMatch(/<[^>]*\son\w+=/i);
      // Issue 10 §8: no link in custodian content is followable without the leave prompt, so no href at all.
      expect(html).not.toMatch(/<[^>]*\shref=/i);
      expect(html).not.toMatch(/<[^>]*\ssrc=/i);
    },
  );

  it("shows raw HTML as text", () => {
    expect(render("<script>alert(1)</script>")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("renders a web link as a button that asks before leaving, never as an <a href> (issue 10 §8)", () => {
    const html = render("[Iron Bank](https://example.com/login) and https://bare.example/x");
    expect(html).not.toContain("<a");
    expect(html).toMatch(/<button[^>]*aria-haspopup="dialog"[^>]*data-href="https:\/\/example.com\/login"/);
    expect(html).toContain('data-href="https://bare.example/x"');
  });

  it("keeps mailto: and file: links as plain text (issue 10 §8)", () => {
    const html = render("[write](mailto:jon@westeros.inc) [open](file:///etc/passwd)");
    expect(html).not.toMatch(/<(a|button)\b/);
    expect(html).toContain("write");
    expect(html).toContain("open");
  });

  it("drops javascript: links to plain text", () => {
    const html = render("[Click to verify](javascript:alert(1))");
    expect(html).not.toContain("<a");
    expect(html).toContain("Click to verify");
  });

  it("replaces images with a text placeholder naming them", () => {
    expect(render("![x](https://evil.example/x.png)")).toContain("[image: x — https://evil.example/x.png]");
  });

  it("highlights fenced code with a language", () => {
    expect(render("```js\nconst a = 1;\n```")).toContain('class="hljs-keyword"');
  });
});
