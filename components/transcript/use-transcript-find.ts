"use client";

import { useCallback, useMemo, useRef, useState, type RefObject } from "react";
import type { MessageDto } from "@/lib/schemas/investigate";
import { toNeedle } from "./find-text";
import { findHits, firstHitFrom, locateHit } from "./message-search";

type Options = {
  messages: MessageDto[];
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The message at the top of the scroll box: where a new search starts from. */
  firstVisible: () => number;
  /** Scrolls the virtualiser so that a message is rendered, at the top of the box. */
  scrollToMessage: (index: number) => void;
  setActive: (index: number) => void;
  /** Stops the re-aims of a jump still settling (j/k, a permalink), which would pull the view elsewhere. */
  cancelAims: () => void;
};

/** Tries before giving up on bringing a match into view (every 60 ms: long enough for rows to be measured). */
const REVEAL_TRIES = 25;

/**
 * Find in transcript: every match among the loaded messages is counted and marked, the current one is set apart,
 * and moving to a match (typing, Enter / Shift+Enter, the arrows) scrolls the virtualiser to its message and the
 * match into view.
 */
export function useTranscriptFind({
  messages,
  scrollRef,
  firstVisible,
  scrollToMessage,
  setActive,
  cancelAims,
}: Options) {
  const [isOpen, setIsOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [current, setCurrent] = useState(-1);
  const [focusTick, setFocusTick] = useState(0);
  const needle = isOpen ? toNeedle(query) : "";
  const hits = useMemo(() => findHits(messages, needle), [messages, needle]);
  const withHits = useMemo(() => new Set(hits.messages), [hits]);
  const at = locateHit(hits, current);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  /**
   * Brings the current match into view. Rows the virtualiser has not measured yet move as they render, so this
   * checks again until the mark is on screen twice running: while its message is not rendered, scroll the
   * virtualiser to it; once the mark is there, scroll the box to the mark.
   */
  const reveal = useCallback(
    (message: number) => {
      clearTimeout(timer.current);
      let tries = 0;
      let settled = 0;
      const tick = () => {
        const box = scrollRef.current;
        if (!box || tries++ > REVEAL_TRIES) return;
        const mark = box.querySelector<HTMLElement>(`[data-index="${message}"] mark[data-find-current]`);
        if (mark && isInBox(box, mark)) settled++;
        else {
          settled = 0;
          if (mark) scrollIntoBox(box, mark);
          else scrollToMessage(message);
        }
        if (settled < 2) timer.current = setTimeout(tick, 60);
      };
      // After this render, so the marks are the new ones.
      timer.current = setTimeout(tick, 20);
    },
    [scrollRef, scrollToMessage],
  );

  /** Another jump (j/k, a permalink, Top, End) wins over a match still being brought into view. */
  const stopReveal = useCallback(() => clearTimeout(timer.current), []);

  const moveTo = (g: number, from: typeof hits) => {
    setCurrent(g);
    const hit = locateHit(from, g);
    if (!hit) return;
    cancelAims();
    setActive(hit.message);
    reveal(hit.message);
  };

  const onQuery = (q: string) => {
    setQuery(q);
    const next = findHits(messages, toNeedle(q));
    // Typing on from a match keeps the search there; a new search starts where the reader is.
    const g = firstHitFrom(next, at?.message ?? firstVisible());
    if (g < 0) setCurrent(-1);
    else moveTo(g, next);
  };

  const step = (by: 1 | -1) => {
    if (!hits.total) return;
    moveTo(current < 0 ? (by > 0 ? 0 : hits.total - 1) : (current + by + hits.total) % hits.total, hits);
  };

  return {
    stopReveal,
    isOpen,
    query,
    total: hits.total,
    current,
    focusTick,
    open: () => {
      setIsOpen(true);
      setFocusTick((t) => t + 1);
    },
    close: () => {
      setIsOpen(false);
      setCurrent(-1);
    },
    onQuery,
    step,
    /** What message `index` highlights: the needle if it holds a match, and which of its matches is current. */
    marksFor: (index: number) =>
      withHits.has(index) ? { needle, current: at?.message === index ? at.within : -1 } : null,
  };
}

function isInBox(box: HTMLElement, el: HTMLElement): boolean {
  const b = box.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return r.top >= b.top + 8 && r.bottom <= b.bottom - 8;
}

/** Scrolls `box` (never the page) so `el` sits a third of the way down it, and sideways into its code block. */
function scrollIntoBox(box: HTMLElement, el: HTMLElement): void {
  const b = box.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (!isInBox(box, el)) box.scrollTop += r.top - b.top - box.clientHeight / 3;
  const wide = el.closest<HTMLElement>("pre, table");
  if (wide && wide.scrollWidth > wide.clientWidth) {
    const w = wide.getBoundingClientRect();
    if (r.left < w.left || r.right > w.right) wide.scrollLeft += r.left - w.left - wide.clientWidth / 3;
  }
}
