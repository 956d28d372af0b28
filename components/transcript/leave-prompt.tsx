"use client";

import { useId, useRef, type RefObject } from "react";
import { Badge } from "@/components/ui/badge";
import { BUTTON_PRIMARY, BUTTON_SECONDARY } from "@/components/ui/controls";
import { AlertIcon } from "@/components/ui/icons";
import { ModalDialog } from "@/components/ui/modal-dialog";
import type { LinkDestination } from "./safe-url";

/**
 * Asked before a link from custodian content is followed, as review tools do: the text of a link is the custodian's
 * (or an attacker's) to choose, so the reviewer sees where it really goes (the host set apart, the full address)
 * and decides. Open goes to a new tab with no opener and no referrer; Cancel, Escape or a click outside stay.
 */
export function LeavePrompt({
  destination,
  linkText,
  onClose,
  returnFocus,
}: {
  destination: LinkDestination;
  linkText: string;
  onClose: () => void;
  returnFocus: RefObject<HTMLElement | null>;
}) {
  const titleId = useId();
  const warningId = useId();
  const openRef = useRef<HTMLAnchorElement>(null);
  const { scheme, userinfo, host, rest, href, isSecure } = destination;
  const text = linkText.trim();
  const isTextTheAddress = text === href || text === `${host}${rest}` || `${scheme}://${text}` === href;
  return (
    <ModalDialog
      labelledBy={titleId}
      describedBy={warningId}
      onClose={onClose}
      initialFocus={openRef}
      returnFocus={returnFocus}
      testId="leave-prompt"
    >
      <div className="flex items-start gap-3">
        <AlertIcon className="mt-0.5 shrink-0 text-warning" width={20} height={20} />
        <div className="min-w-0 space-y-1">
          <h2 id={titleId} className="text-base font-semibold tracking-tight text-fg">
            Leave Custody?
          </h2>
          <p id={warningId} className="text-sm text-muted">
            This link is part of the custodian&apos;s content, not of Custody. It leads to another site, which Custody
            has not checked and does not control.
          </p>
        </div>
      </div>

      <dl className="mt-4 space-y-3 rounded-lg border border-line bg-surface-2 p-3.5 text-sm">
        <div>
          <dt className="text-xs font-medium text-muted">Site</dt>
          <dd className="mt-0.5 flex flex-wrap items-center gap-2">
            <span className="font-mono text-base font-semibold break-all text-fg" data-testid="leave-host">
              {host}
            </span>
            {isSecure ? <Badge tone="neutral">https</Badge> : <Badge tone="warning">http: not encrypted</Badge>}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium text-muted">Full address</dt>
          <dd className="mt-0.5 font-mono text-[13px] break-all text-muted" data-testid="leave-url">
            {scheme}://{userinfo}
            <mark className="rounded-sm bg-warning-soft px-0.5 font-semibold text-fg">{host}</mark>
            {rest}
          </dd>
        </div>
        {userinfo ? (
          <div>
            <dt className="sr-only">Warning</dt>
            <dd className="text-xs font-medium text-warning" data-testid="leave-userinfo">
              The address starts with “{userinfo}”: that part is not the site. The site is {host}.
            </dd>
          </div>
        ) : null}
        {text && !isTextTheAddress ? (
          <div>
            <dt className="text-xs font-medium text-muted">The link reads</dt>
            <dd className="mt-0.5 break-words text-fg">“{text}”</dd>
          </div>
        ) : null}
      </dl>

      <div className="mt-5 flex flex-wrap justify-end gap-2">
        <button type="button" className={BUTTON_SECONDARY} onClick={onClose}>
          Cancel
        </button>
        <a
          ref={openRef}
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          referrerPolicy="no-referrer"
          className={BUTTON_PRIMARY}
          onClick={onClose}
        >
          Open
          <span className="sr-only"> in a new tab</span>
        </a>
      </div>
    </ModalDialog>
  );
}
