"use client";

import { useState } from "react";
import { MARKDOWN_MAX_CHARS } from "./message-search";
import { SafeMarkdown } from "./safe-markdown";

const PRE =
  "overflow-auto rounded-md bg-surface-2 p-3 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap text-fg";
const TAB =
  "rounded px-2 py-0.5 text-xs font-medium aria-pressed:bg-surface aria-pressed:text-fg aria-pressed:shadow-card";

/** Markdown by its type or its name (upstream often says text/plain for a .md file). */
export function isMarkdown(mimeType: string | null | undefined, filename?: string | null): boolean {
  return /^text\/(x-)?markdown\b/i.test(mimeType ?? "") || /\.(md|markdown)$/i.test(filename ?? "");
}

/**
 * A text file's preview. Plain text keeps its line breaks; Markdown is rendered as the transcript renders it
 * (inert: no raw HTML, safe links, no images fetched), with its source a click away, since a reviewer may need the
 * exact characters.
 */
export function TextPreview({ text, markdown, maxHeight }: { text: string; markdown: boolean; maxHeight: string }) {
  const [showSource, setShowSource] = useState(false);
  const canRender = markdown && text.length <= MARKDOWN_MAX_CHARS;
  if (!canRender) {
    return (
      <pre className={PRE} style={{ maxHeight }} data-testid="text-preview">
        {text}
      </pre>
    );
  }
  return (
    <div className="space-y-1.5">
      <div className="inline-flex gap-0.5 rounded-md bg-surface-2 p-0.5 text-muted" role="group" aria-label="Show as">
        <button type="button" className={TAB} aria-pressed={!showSource} onClick={() => setShowSource(false)}>
          Rendered
        </button>
        <button type="button" className={TAB} aria-pressed={showSource} onClick={() => setShowSource(true)}>
          Markdown source
        </button>
      </div>
      {showSource ? (
        <pre className={PRE} style={{ maxHeight }} data-testid="text-preview">
          {text}
        </pre>
      ) : (
        <div
          className="overflow-auto rounded-md border border-line bg-surface p-3"
          style={{ maxHeight }}
          data-testid="markdown-preview"
        >
          <SafeMarkdown text={text} />
        </div>
      )}
    </div>
  );
}
