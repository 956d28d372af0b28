"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Marked } from "./find-marks";
import type { SegmentMarks } from "./find-text";
import { MARKDOWN_MAX_CHARS } from "./message-search";
import { SafeMarkdown } from "./safe-markdown";

/** Past MARKDOWN_MAX_CHARS: plain text, cut here, with a way to read all. */
const PREVIEW_CHARS = 20_000;

export function LongText({ text, truncated, marks }: { text: string; truncated: boolean; marks?: SegmentMarks }) {
  const [isReadingAll, setIsReadingAll] = useState(false);
  // The current find match past the cut is shown by showing everything.
  const currentStart = marks && marks.current >= 0 ? marks.matches[marks.current][0][0] : -1;
  const isExpanded = isReadingAll || currentStart >= PREVIEW_CHARS;
  const badge = truncated ? (
    <p className="mt-1">
      <Badge tone="warning">truncated upstream</Badge>
    </p>
  ) : null;
  if (text.length <= MARKDOWN_MAX_CHARS) {
    return (
      <div>
        <SafeMarkdown text={text} marks={marks} />
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
        <Marked text={shown} marks={marks} />
      </pre>
      {!isExpanded ? (
        <button
          type="button"
          onClick={() => setIsReadingAll(true)}
          className="rounded-md border border-line-strong bg-surface px-2.5 py-1 text-sm font-medium text-fg hover:bg-surface-2"
        >
          Show all {text.length.toLocaleString("en")} characters
        </button>
      ) : null}
      {badge}
    </div>
  );
}
