"use client";

import { useState } from "react";

type Props = {
  value: string;
  /** What the button says ("Copy id"); it says "Copied" for a moment after a click. */
  label: string;
  /** For a short visible label ("Copy") whose target a screen reader needs named ("Copy MD5"). */
  ariaLabel?: string;
  className?: string;
};

/** Copies an id or a hash to the clipboard, the one way every page does it. */
export function CopyButton({ value, label, ariaLabel, className = "px-1.5 font-mono" }: Props) {
  const [isCopied, setIsCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={() => {
        void navigator.clipboard?.writeText(value).then(() => {
          setIsCopied(true);
          setTimeout(() => setIsCopied(false), 1500);
        });
      }}
      className={`rounded py-0.5 text-subtle hover:bg-surface-2 hover:text-fg ${className}`}
      title={ariaLabel ? undefined : value}
      aria-label={ariaLabel}
    >
      {isCopied ? "Copied" : label}
    </button>
  );
}
