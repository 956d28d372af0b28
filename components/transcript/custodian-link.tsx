"use client";

import { useRef, useState, type ComponentProps, type MouseEvent } from "react";
import { LeavePrompt } from "./leave-prompt";
import { linkDestination } from "./safe-url";

/**
 * A link inside custodian content (transcripts, Markdown previews). It is a button, not an <a href>: there is no
 * address for a middle-click, Ctrl-click, "open in new tab" or a drag to follow without the reviewer seeing it
 * first. Every activation (click, Enter, Space, middle-click) opens the LeavePrompt. Anything but http(s) stays
 * plain text: javascript:, data:, file:, mailto: and relative links are never followable.
 */
export function CustodianLink({ href, children }: ComponentProps<"a">) {
  const destination = linkDestination(href);
  const [isAsking, setIsAsking] = useState(false);
  const [linkText, setLinkText] = useState("");
  const triggerRef = useRef<HTMLButtonElement>(null);
  if (!destination) {
    return (
      <span className="text-muted" title="Link not followable: only web (http and https) links are kept">
        {children}
      </span>
    );
  }
  const ask = (e: MouseEvent<HTMLButtonElement>) => {
    e.preventDefault();
    setLinkText(e.currentTarget.querySelector("[data-link-text]")?.textContent ?? "");
    setIsAsking(true);
  };
  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        aria-haspopup="dialog"
        title={destination.href}
        data-testid="custodian-link"
        data-href={destination.href}
        className="cursor-pointer text-left text-accent-text underline underline-offset-2 hover:decoration-2"
        onClick={ask}
        // Middle-click: no native action on a button, but show the prompt as a click would (and no autoscroll).
        onMouseDown={(e) => e.button === 1 && e.preventDefault()}
        onAuxClick={(e) => e.button === 1 && ask(e)}
      >
        <span data-link-text>{children}</span>
        <span aria-hidden="true" className="ml-0.5 text-[0.8em] no-underline">
          ↗
        </span>
      </button>
      {isAsking ? (
        <LeavePrompt
          destination={destination}
          linkText={linkText}
          returnFocus={triggerRef}
          onClose={() => setIsAsking(false)}
        />
      ) : null}
    </>
  );
}
