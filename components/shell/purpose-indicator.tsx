"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { purposeUrl } from "@/lib/urls/safe-callback-url";
import { ClipboardIcon } from "@/components/ui/icons";

export type PurposeSummary = { reference: string; reason: string };

/**
 * The purpose of access in force for this session, always in view while reading custodian content,
 * with a way to change it (a new purpose is stamped on everything after it). "Change" comes back here.
 */
export function PurposeIndicator({ purpose }: { purpose: PurposeSummary | null }) {
  const pathname = usePathname();
  const href = purposeUrl(pathname === "/purpose" ? "/" : pathname);
  if (!purpose) {
    return (
      <div
        data-testid="purpose-badge"
        className="flex h-8 items-center gap-2 rounded-lg border border-warning-line bg-warning-soft pr-1 pl-2.5 text-[13px]"
      >
        <ClipboardIcon className="shrink-0 text-warning" />
        <span className="hidden font-medium text-warning sm:inline">No purpose stated</span>
        <Link
          href={href}
          className="rounded-md bg-surface px-2 py-0.5 text-xs font-medium text-fg shadow-card hover:bg-surface-2"
        >
          State purpose
        </Link>
      </div>
    );
  }
  return (
    <div
      data-testid="purpose-badge"
      title={purpose.reason}
      className="flex h-8 max-w-[22rem] items-center gap-2 rounded-lg border border-line bg-surface-2 pr-1 pl-2.5 text-[13px]"
    >
      <ClipboardIcon className="shrink-0 text-subtle" />
      <span className="hidden text-muted sm:inline">Purpose</span>
      <span className="truncate font-mono text-xs font-medium text-fg" data-testid="purpose-reference">
        {purpose.reference}
      </span>
      <Link
        href={href}
        className="shrink-0 rounded-md px-2 py-0.5 text-xs font-medium text-accent-text hover:bg-surface"
      >
        Change
      </Link>
    </div>
  );
}
