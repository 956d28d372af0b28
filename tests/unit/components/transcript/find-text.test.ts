import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { matchesIn, prepareMarkdown, preparePlain, toNeedle, countIn } from "@/components/transcript/find-text";
import { SafeMarkdown } from "@/components/transcript/safe-markdown";

const find = (text: string, query: string) => {
  const matches = matchesIn(prepareMarkdown(text), toNeedle(query));
  return matches.map((m) => m.map(([a, b]) => text.slice(a, b)));
};
const render = (text: string, query: string, current = 0) =>
  renderToStaticMarkup(
    createElement(SafeMarkdown, {
      text,
      marks: { matches: matchesIn(prepareMarkdown(text), toNeedle(query)), current },
    }),
  );
const marked = (html: string) => [...html.matchAll(/<mark class="find-match"( data-find-current="")?>(.*?)<\/mark>/g)];

describe("find over Markdown as the reader sees it", () => {
  it("matches across emphasis and code markers, leaving the markers out of the match", () => {
    expect(find("Here is a **short** summary.", "short summary")).toEqual([["short", " summary"]]);
    expect(find("Run `npm test` first", "npm test first")).toEqual([["npm test", " first"]]);
    expect(find("~~old~~ new", "old new")).toEqual([["old", " new"]]);
  });

  it("keeps markers that are text: intraword underscores, lone stars, code blocks", () => {
    expect(find("call snake_case_name now", "snake_case")).toEqual([["snake_case"]]);
    expect(find("2 * 3 = 6", "2 * 3")).toEqual([["2 * 3"]]);
    expect(find("```py\ndef f(**kwargs): pass\n```", "**kwargs")).toEqual([["**kwargs"]]);
  });

  it("does not match a code fence's info string, which is never shown", () => {
    expect(find("```sql\nSELECT 1;\n```", "sql")).toEqual([]);
    expect(find("```sql\nSELECT 1;\n```", "select")).toEqual([["SELECT"]]);
  });

  it("counts case-insensitively, without overlaps, and plain text as written", () => {
    expect(countIn(prepareMarkdown("Iron IRON iron"), "iron")).toBe(3);
    expect(countIn(prepareMarkdown("aaaa"), "aa")).toBe(2);
    expect(countIn(preparePlain("**x** **x**"), "**x**")).toBe(2);
    expect(toNeedle("  Iron Bank ")).toBe("iron bank");
  });
});

describe("SafeMarkdown find marks", () => {
  it("wraps each match in <mark>, across elements, and flags the current one", () => {
    const html = render("Here is a **short** summary. A short one.", "short", 1);
    const marks = marked(html);
    expect(marks.map((m) => [m[2], Boolean(m[1])])).toEqual([
      ["short", false],
      ["short", true],
    ]);
    expect(html).toContain("<strong><mark");
  });

  it("marks inside highlighted code blocks, inline code, tables, lists and links", () => {
    const text = [
      "- first **ledger** item",
      "",
      "| Owner | Ledger |",
      "| --- | --- |",
      "| Jon | ledger 1 |",
      "",
      "Use `ledger` and [the ledger](https://example.com/ledger).",
      "",
      "```sql",
      "SELECT * FROM ledger;",
      "```",
    ].join("\n");
    const html = render(text, "ledger", -1);
    const marks = marked(html);
    // Seven shown, plus one in the link's URL, which has no text to mark.
    expect(countIn(prepareMarkdown(text), "ledger")).toBe(7);
    expect(marks).toHaveLength(6);
    expect(marks.every((m) => m[2].toLowerCase() === "ledger")).toBe(true);
    expect(html).toMatch(/<code class="hljs language-sql">.*<mark class="find-match">ledger<\/mark>/s);
    expect(html).toContain('data-href="https://example.com/ledger"');
  });

  it("renders nothing extra without a match, and stays inert with one", () => {
    expect(render("plain text", "absent")).not.toContain("<mark");
    const html = render("<script>alert(1)</script> alert", "alert");
    expect(html).not.toMatch(/<script/i);
    expect(marked(html)).toHaveLength(2);
  });
});
