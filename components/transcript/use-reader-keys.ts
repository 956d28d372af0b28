import { useEffect, useRef } from "react";

export type ReaderKeyActions = { onFind: () => void; onStep: (step: 1 | -1) => void; onChat: (step: 1 | -1) => void };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Ctrl/Cmd-F opens our find box; j/k step messages, [ / ] step chats (never while typing in a field). */
export function useReaderKeys(actions: ReaderKeyActions): void {
  const ref = useRef(actions);
  useEffect(() => {
    ref.current = actions;
  });
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "f") {
        e.preventDefault();
        ref.current.onFind();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === "j") ref.current.onStep(1);
      else if (e.key === "k") ref.current.onStep(-1);
      else if (e.key === "]") ref.current.onChat(1);
      else if (e.key === "[") ref.current.onChat(-1);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
