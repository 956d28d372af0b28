import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import type { SegmentMarks } from "./find-text";

/**
 * A rehype plugin that wraps find matches in <mark> elements inside the rendered Markdown (after highlighting, so
 * code blocks keep their colours). Matches are ranges of the Markdown source; hast text nodes carry source
 * positions, so each character is marked where its source offset falls in a match, never by re-searching the
 * rendered text. Code blocks lose their text positions to the highlighter: their text is found in the block's
 * source, line by line.
 */
export function rehypeFindMarks({ source, marks }: { source: string; marks: SegmentMarks }) {
  return (tree: Root) => {
    const ranges = marks.matches.flatMap((m, occ) => m.map(([start, end]) => ({ start, end, occ })));
    ranges.sort((a, b) => a.start - b.start);
    const occAt = (offset: number) => {
      let lo = 0;
      let hi = ranges.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (ranges[mid].end <= offset) lo = mid + 1;
        else if (ranges[mid].start > offset) hi = mid - 1;
        else return ranges[mid].occ;
      }
      return -1;
    };
    const mark = (text: Text, offsets: Int32Array): ElementContent[] => {
      const out: ElementContent[] = [];
      let from = 0;
      let occ = occAt(offsets[0]);
      for (let i = 1; i <= text.value.length; i++) {
        const next = i < text.value.length ? occAt(offsets[i]) : -2;
        if (next === occ) continue;
        const value = text.value.slice(from, i);
        out.push(occ < 0 ? { type: "text", value } : markElement(value, occ === marks.current));
        from = i;
        occ = next;
      }
      return out;
    };
    const visit = (parent: Root | Element) => {
      const children: RootContent[] = [];
      for (const original of parent.children) {
        // Raw HTML is shown as its text (react-markdown does the same to what is left): mark it like text.
        const child: RootContent =
          original.type === "raw" ? { type: "text", value: original.value, position: original.position } : original;
        if (child.type === "element" && child.tagName === "pre") markBlock(child, source, mark);
        else if (child.type === "element") visit(child);
        if (child.type === "text" && child.position) {
          const offsets = locate(child.value, source, child.position.start.offset, child.position.end.offset);
          if (offsets) {
            children.push(...mark(child, offsets));
            continue;
          }
        }
        children.push(child);
      }
      parent.children = children as typeof parent.children;
    };
    visit(tree);
  };
}

function markElement(value: string, isCurrent: boolean): Element {
  return {
    type: "element",
    tagName: "mark",
    properties: isCurrent ? { className: ["find-match"], dataFindCurrent: "" } : { className: ["find-match"] },
    children: [{ type: "text", value }],
  };
}

/** A code block: its text nodes, in order, are its source lines (the fence and indentation left out). */
function markBlock(pre: Element, source: string, mark: (t: Text, offsets: Int32Array) => ElementContent[]): void {
  const texts: Array<{ node: Text; parent: Element }> = [];
  const collect = (el: Element) => {
    for (const c of el.children) {
      if (c.type === "text") texts.push({ node: c, parent: el });
      else if (c.type === "element") collect(c);
    }
  };
  collect(pre);
  const all = locate(
    texts.map((t) => t.node.value).join(""),
    source,
    pre.position?.start.offset,
    pre.position?.end.offset,
  );
  if (!all) return;
  let at = 0;
  const replaced = new Map<Text, ElementContent[]>();
  for (const { node } of texts) {
    replaced.set(node, mark(node, all.subarray(at, at + node.value.length)));
    at += node.value.length;
  }
  const swap = (el: Element) => {
    el.children = el.children.flatMap((c) =>
      c.type === "text" ? (replaced.get(c) ?? [c]) : c.type === "element" ? (swap(c), [c]) : [c],
    );
  };
  swap(pre);
}

/**
 * The source offset of each character of `value`, found line by line inside source[from, to) (Markdown trims
 * the lines of a paragraph and the indentation of code); null when the text is not there as written (entities,
 * escapes), which leaves that piece unmarked rather than marked in the wrong place.
 */
function locate(value: string, source: string, from?: number, to?: number): Int32Array | null {
  if (from === undefined || to === undefined || !value) return null;
  const offsets = new Int32Array(value.length).fill(-1);
  let cursor = from;
  let i = 0;
  for (const line of value.split("\n")) {
    if (line) {
      const at = source.indexOf(line, cursor);
      if (at < 0 || at + line.length > to) return null;
      for (let k = 0; k < line.length; k++) offsets[i + k] = at + k;
      cursor = at + line.length;
    }
    i += line.length + 1;
  }
  return offsets;
}
