import type { SegmentMarks } from "./find-text";

/** Plain text with its find matches in <mark> elements (the current one flagged for the reader to scroll to). */
export function Marked({ text, marks }: { text: string; marks?: SegmentMarks }) {
  if (!marks?.matches.length) return <>{text}</>;
  const out: React.ReactNode[] = [];
  let at = 0;
  marks.matches.forEach((m, i) => {
    // Plain text is matched as written: one range per match.
    const [start, end] = [m[0][0], m.at(-1)![1]];
    if (start >= text.length) return;
    if (start > at) out.push(text.slice(at, start));
    out.push(
      <mark key={i} className="find-match" data-find-current={i === marks.current ? "" : undefined}>
        {text.slice(start, Math.min(end, text.length))}
      </mark>,
    );
    at = Math.min(end, text.length);
  });
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
