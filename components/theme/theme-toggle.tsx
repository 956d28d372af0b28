"use client";

import { useEffect, useSyncExternalStore, type ComponentType, type SVGProps } from "react";
import { MonitorIcon, MoonIcon, SunIcon } from "@/components/ui/icons";
import { THEME_STORAGE_KEY, parseThemeChoice, themeClassName, themeCookieString, type ThemeChoice } from "./theme";

const OPTIONS: { value: ThemeChoice; label: string; Icon: ComponentType<SVGProps<SVGSVGElement>> }[] = [
  { value: "system", label: "System theme", Icon: MonitorIcon },
  { value: "light", label: "Light theme", Icon: SunIcon },
  { value: "dark", label: "Dark theme", Icon: MoonIcon },
];

// localStorage as an external store: other tabs' changes arrive through the `storage` event.
const listeners = new Set<() => void>();

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}

function readStoredChoice(): ThemeChoice | null {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return value === null ? null : parseThemeChoice(value);
  } catch {
    return null; // Storage disabled (private mode, policy): the cookie alone still works.
  }
}

/** Puts the choice on <html> and in the cookie the server reads on the next request. */
function applyToDocument(choice: ThemeChoice) {
  const root = document.documentElement;
  root.classList.remove("light", "dark");
  const className = themeClassName(choice);
  if (className) root.classList.add(className);
  document.cookie = themeCookieString(choice);
}

function saveChoice(choice: ThemeChoice) {
  applyToDocument(choice);
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // See readStoredChoice.
  }
  for (const listener of listeners) listener();
}

/** Three-way theme switch. `initial` comes from the cookie the server already applied to <html>. */
export function ThemeToggle({ initial }: { initial: ThemeChoice }) {
  const stored = useSyncExternalStore(subscribe, readStoredChoice, () => null);
  const choice = stored ?? initial;

  // The cookie can be lost while localStorage remembers (or another tab changed it): re-apply.
  useEffect(() => {
    if (stored !== null && stored !== initial) applyToDocument(stored);
  }, [stored, initial]);

  return (
    <div
      role="group"
      aria-label="Colour theme"
      className="flex items-center rounded-lg border border-line bg-surface-2 p-0.5"
    >
      {OPTIONS.map(({ value, label, Icon }) => (
        <button
          key={value}
          type="button"
          aria-pressed={choice === value}
          aria-label={label}
          title={label}
          onClick={() => saveChoice(value)}
          className="grid size-7 place-items-center rounded-md text-subtle transition-colors hover:text-fg aria-pressed:bg-surface aria-pressed:text-fg aria-pressed:shadow-card"
        >
          <Icon />
        </button>
      ))}
    </div>
  );
}
