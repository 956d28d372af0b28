"use client";

import { useQuery } from "@tanstack/react-query";
import { custodianSearchQuery } from "@/lib/queries/custodians";

export type KnownCustodian = { id: string; name: string | null; email: string | null };

/** A picked custodian; ids that arrived from a link are resolved against the directory (an exact id matches). */
export function CustodianChip({
  id,
  known,
  onRemove,
}: {
  id: string;
  known: KnownCustodian | undefined;
  onRemove: () => void;
}) {
  const lookup = useQuery({ ...custodianSearchQuery(id, 1), enabled: !known });
  const hit = lookup.data?.items.find((c) => c.id === id);
  const name = known?.name ?? hit?.name ?? null;
  const email = known?.email ?? hit?.email ?? null;
  const label = name ?? email ?? id;
  return (
    <li
      className="inline-flex max-w-full items-center gap-1 rounded-full border border-line bg-accent-soft py-0.5 pr-1 pl-2.5 text-xs text-accent-text"
      data-testid="custodian-chip"
    >
      <span className="truncate font-medium" title={email ?? id}>
        {label}
      </span>
      {email && name ? <span className="hidden truncate opacity-80 sm:inline">{email}</span> : null}
      <button
        type="button"
        onClick={onRemove}
        aria-label={`Remove ${label}`}
        className="ml-0.5 inline-flex size-5 items-center justify-center rounded-full hover:bg-surface focus-visible:outline-2 focus-visible:outline-ring"
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
