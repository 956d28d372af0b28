"use client";

import { useEffect, type RefObject } from "react";

/**
 * While `isOpen`: a pointer press outside `root` closes the popover, and Escape closes it and puts focus back on
 * `trigger`. `setOpen` should be a state setter (stable). Listened for on the document, not the panel, so Escape works even when focus has left the panel (a
 * click on its padding).
 */
export function useDismiss(
  isOpen: boolean,
  setOpen: (open: boolean) => void,
  root: RefObject<HTMLElement | null>,
  trigger: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (!isOpen) return;
    const onPointer = (e: PointerEvent) => {
      if (root.current && e.target instanceof Node && !root.current.contains(e.target)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.preventDefault();
      setOpen(false);
      trigger.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [isOpen, setOpen, root, trigger]);
}
