"use client";

import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * Height that lets a scroll box end at the bottom of the viewport (less `reserve` px for what follows it), so the
 * page itself does not scroll and the header above stays in view under the sticky top bar. The header's height
 * varies (long titles wrap, tombstones, artifact comparisons), so it is measured rather than guessed. Never less
 * than `min` px: on a short window the page scrolls instead of squeezing the reader.
 */
export function useFillHeight(
  ref: RefObject<HTMLElement | null>,
  { reserve = 64, min = 320 } = {},
): number | undefined {
  const [height, setHeight] = useState<number>();
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - reserve)));
    };
    measure();
    // What sits above the box can grow after the first paint (an artifact comparison, a wrapped title).
    const above = new ResizeObserver(measure);
    above.observe(document.body);
    window.addEventListener("resize", measure);
    return () => {
      above.disconnect();
      window.removeEventListener("resize", measure);
    };
  }, [ref, reserve, min]);
  return height;
}
