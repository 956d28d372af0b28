"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { SafeMarkdown } from "./safe-markdown";

/** Past this, Markdown parsing and highlighting would stall the page: show plain text, cut, with a way to read all. */
const MARKDOWN_MAX_CHARS = 60_000;
const PREVIEW_CHARS = 20_000;

export function LongText({ text, truncated }: { text: string; truncated: boolean }) {
  const [isExpanded, setIsExpanded] = useState(false);
  const badge = truncated ? (
    <p className="mt-1">
      <Badge tone="warning">truncated upstream</Badge>
    </p>
  ) : null;
  if (text.length <= MARKDOWN_MAX_CHARS) {
    return (
      <div>
        <SafeMarkdown text={text} />
        {badge}
      </div>
    );
  }
  const shown = isExpanded ? text : text.slice(0, PREVIEW_CHARS);
  return (
    <div className="space-y-2">
      <p className="text-xs text-muted">
        Very long message ({(text.length / 1024).toFixed(0)} KB): shown as plain text.
      </p>
      <pre className="max-h-[32rem] overflow-auto rounded-md bg-surface-2 p-3 font-mono text-xs break-words whitespace-pre-wrap text-fg">
        {shown}
      </pre>
      {!isExpanded ? (
        <button
          type="button"
          onClick={() => setIsExpanded(true)}
          className="rounded-md border border-line-strong bg-surface px-2.5 py-1 text-sm font-medium text-fg hover:bg-surface-2"
        >
          Show all {text.length.toLocaleString("en")} characters
        </button>
      ) : null}
      {badge}
    </div>
  );
}
