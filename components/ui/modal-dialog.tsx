"use client";

import { useEffect, useRef, type ReactNode, type RefObject } from "react";
import { createPortal } from "react-dom";

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert and Tab wraps inside it, so
 * focus stays in the dialog; Escape cancels, and focus goes back to `returnFocus` when it closes. Rendered into <body>, so it can open
 * from inline content (a link inside a paragraph) without nesting a dialog in a <p>. While it is open no keystroke
 * reaches the page's own shortcuts (the transcript's j/k, Ctrl-F): they would act behind the dialog.
 */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Tab past the last control comes back to the first (and Shift+Tab the other way), never to the browser's bar. */
function wrapFocus(dialog: HTMLDialogElement, e: KeyboardEvent) {
  const items = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE));
  if (items.length === 0) return;
  const [first, last] = [items[0], items[items.length - 1]];
  const target = e.shiftKey
    ? document.activeElement === first
      ? last
      : null
    : document.activeElement === last
      ? first
      : null;
  if (!target) return;
  e.preventDefault();
  target.focus();
}

export function ModalDialog({
  labelledBy,
  describedBy,
  onClose,
  initialFocus,
  returnFocus,
  testId,
  children,
}: {
  labelledBy: string;
  describedBy?: string;
  onClose: () => void;
  /** Focused when the dialog opens; otherwise the browser picks the first focusable element. */
  initialFocus?: RefObject<HTMLElement | null>;
  returnFocus?: RefObject<HTMLElement | null>;
  testId?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const trigger = returnFocus?.current ?? null;
    dialog.showModal();
    initialFocus?.current?.focus();
    // Native listener on the dialog itself: the page's shortcuts listen on document and window, above it.
    const keepKeysInside = (e: KeyboardEvent) => {
      e.stopPropagation();
      if (e.key === "Tab") wrapFocus(dialog, e);
    };
    dialog.addEventListener("keydown", keepKeysInside);
    return () => {
      dialog.removeEventListener("keydown", keepKeysInside);
      if (dialog.open) dialog.close();
      if (trigger?.isConnected) trigger.focus();
    };
  }, [initialFocus, returnFocus]);
  return createPortal(
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault(); // we unmount it ourselves, which also restores focus
        onClose();
      }}
      // A click on the backdrop targets the <dialog> itself; the content fills it, so clicks inside never do.
      onClick={(e) => e.target === e.currentTarget && onClose()}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-xl border border-line bg-surface p-0 text-fg shadow-card backdrop:bg-black/50"
    >
      <div className="p-5">{children}</div>
    </dialog>,
    document.body,
  );
}
