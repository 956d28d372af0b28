import { memo, useMemo, type ComponentProps } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";
import { rehypeFindMarks } from "./find-rehype";
import type { SegmentMarks } from "./find-text";
import { CustodianLink } from "./custodian-link";
import { imagePlaceholder } from "./safe-url";

// Chat text is attacker-controlled. No rehype-raw: react-markdown turns raw HTML into plain text. Links are never
// followed directly: an http(s) link asks first, showing where it goes (CustodianLink), any other stays text; images
// are never fetched (a placeholder names them), so no request can leave for another origin from a transcript.

function ImagePlaceholder({ alt, src }: ComponentProps<"img">) {
  return (
    <span className="rounded bg-surface-2 px-1 font-mono text-xs text-muted" data-testid="image-placeholder">
      {imagePlaceholder(alt, typeof src === "string" ? src : null)}
    </span>
  );
}

const COMPONENTS: Components = { a: CustodianLink, img: ImagePlaceholder };

/** Never resolve a URL attribute ourselves: CustodianLink and ImagePlaceholder decide; anything else gets nothing. */
const keepForComponents = (url: string, key: string) => (key === "href" || key === "src" ? url : "");

const REMARK = [remarkGfm];
type RehypePlugins = NonNullable<ComponentProps<typeof ReactMarkdown>["rehypePlugins"]>;
const HIGHLIGHT: RehypePlugins[number] = [rehypeHighlight, { detect: false, ignoreMissing: true }];
const REHYPE = [HIGHLIGHT] satisfies RehypePlugins;

/**
 * Markdown as inert React elements (memoised: transcripts re-render while scrolling), with find matches, when
 * there are any, marked in the rendered text.
 */
export const SafeMarkdown = memo(function SafeMarkdown({ text, marks }: { text: string; marks?: SegmentMarks }) {
  const rehype = useMemo<RehypePlugins>(
    () => (marks?.matches.length ? [HIGHLIGHT, [rehypeFindMarks, { source: text, marks }]] : REHYPE),
    [text, marks],
  );
  return (
    <div className="markdown-body text-sm leading-relaxed text-fg">
      <ReactMarkdown
        remarkPlugins={REMARK}
        rehypePlugins={rehype}
        components={COMPONENTS}
        urlTransform={keepForComponents}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
});
