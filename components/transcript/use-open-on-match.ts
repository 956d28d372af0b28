import { useState } from "react";
import type { SegmentMarks } from "./find-text";

/**
 * Props for a collapsed <details> that must open when the current find match is inside it (the reader could not
 * see it otherwise), and otherwise opens and closes as the reader chooses.
 */
export function useOpenOnMatch(...marks: Array<SegmentMarks | undefined>) {
  const [isOpen, setIsOpen] = useState(false);
  const holdsCurrent = marks.some((m) => m && m.current >= 0);
  return {
    open: isOpen || holdsCurrent,
    onToggle: (e: React.SyntheticEvent<HTMLDetailsElement>) => setIsOpen(e.currentTarget.open),
  };
}
