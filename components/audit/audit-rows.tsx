"use client";

import type { ReactNode } from "react";
import type { AuditEntryDto } from "@/lib/schemas/audit";
import { Badge, StatusDot } from "@/components/ui/badge";
import { AuditEntryDetails } from "./audit-entry-details";
import { ExpandButton, OUTCOME_TONE } from "./audit-row-parts";
import { AuditGroupEntries } from "./audit-group-entries";
import { AuditTargets } from "./audit-targets";
import { formatAuditRange, formatAuditTime, namedTargets } from "./format";

/** Actor through outcome: what every entry of a group shares (roles and targets' names from the newest). */
function SharedCells({ entry, count }: { entry: AuditEntryDto; count?: number }) {
  return (
    <>
      <td className="max-w-52 truncate px-3 py-2.5 text-fg" title={entry.actorId}>
        {entry.actorEmail ?? entry.actorId}
      </td>
      <td className="px-3 py-2.5 whitespace-nowrap text-muted">{entry.actorRoles.join(", ") || "—"}</td>
      <td className="px-3 py-2.5">
        <span className="inline-flex flex-wrap items-center gap-1.5">
          <Badge tone="neutral" mono>
            {entry.action}
          </Badge>
          {count ? (
            <span
              data-testid="audit-group-count"
              title={`${count} entries`}
              className="rounded-full bg-accent-soft px-1.5 py-0.5 font-mono text-[11px] font-semibold text-accent-text tabular-nums"
            >
              ×{count.toLocaleString("en-US")}
            </span>
          ) : null}
        </span>
      </td>
      <td className="max-w-72 min-w-56 px-3 py-2.5 text-muted">
        <div className="line-clamp-3">
          <AuditTargets targets={namedTargets(entry)} />
        </div>
      </td>
      <td className="max-w-40 truncate px-3 py-2.5 font-mono text-xs text-fg" title={entry.purpose?.reason}>
        {entry.purpose?.reference ?? <span className="font-sans text-subtle">—</span>}
      </td>
      <td className="px-3 py-2.5 whitespace-nowrap">
        <StatusDot tone={OUTCOME_TONE[entry.outcome]}>{entry.outcome}</StatusDot>
      </td>
    </>
  );
}

function ExpandedRow({ id, children }: { id: string; children: ReactNode }) {
  return (
    <tr id={id} className="border-b border-line bg-surface-2/50">
      <td />
      <td colSpan={8} className="pt-1 pr-5 pb-4 pl-3">
        {children}
      </td>
    </tr>
  );
}

/** "2026-10-01 12:00:03–12:04:51" as the date over the times, so a long range does not widen the table. */
function DateAndTimes({ range }: { range: string }) {
  const space = range.indexOf(" ");
  return (
    <>
      <span className="block">{range.slice(0, space)}</span> <span className="block">{range.slice(space + 1)}</span>
    </>
  );
}

const rowClass = (isOpen: boolean) =>
  `border-b border-line align-top ${isOpen ? "bg-surface-2/50" : "hover:bg-surface-2/40"}`;

/** One entry: its row, and when open, everything it holds. */
export function AuditEntryRows({
  entry,
  isOpen,
  onToggle,
}: {
  entry: AuditEntryDto;
  isOpen: boolean;
  onToggle: () => void;
}) {
  const detailsId = `audit-entry-${entry.id}`;
  return (
    <>
      <tr data-testid="audit-row" data-action={entry.action} data-count={1} className={rowClass(isOpen)}>
        <td className="py-2.5 pl-3">
          <ExpandButton isOpen={isOpen} controls={detailsId} label={`Entry ${entry.seq} details`} onToggle={onToggle} />
        </td>
        <td className="px-3 py-2.5 font-mono text-xs whitespace-nowrap text-fg tabular-nums">
          {formatAuditTime(entry.at)}
        </td>
        <SharedCells entry={entry} />
        <td
          className="max-w-36 truncate py-2.5 pr-5 pl-3 font-mono text-[11.5px] text-subtle"
          title={entry.requestId ?? undefined}
        >
          {entry.requestId ?? "—"}
        </td>
      </tr>
      {isOpen ? (
        <ExpandedRow id={detailsId}>
          <AuditEntryDetails entry={entry} />
        </ExpandedRow>
      ) : null}
    </>
  );
}

/** A run of repeated reads (newest first): one row with the count and time span; open, every entry of it. */
export function AuditGroupRows({
  entries,
  continues,
  isOpen,
  onToggle,
}: {
  entries: AuditEntryDto[];
  continues: boolean;
  isOpen: boolean;
  onToggle: () => void;
}) {
  const newest = entries[0];
  const oldest = entries[entries.length - 1];
  const detailsId = `audit-group-${newest.id}`;
  const requests = new Set(entries.map((e) => e.requestId)).size;
  return (
    <>
      <tr data-testid="audit-row" data-action={newest.action} data-count={entries.length} className={rowClass(isOpen)}>
        <td className="py-2.5 pl-3">
          <ExpandButton
            isOpen={isOpen}
            controls={detailsId}
            label={`${entries.length} entries ${oldest.seq}–${newest.seq} details`}
            onToggle={onToggle}
          />
        </td>
        <td
          className="px-3 py-2.5 font-mono text-xs whitespace-nowrap text-fg tabular-nums"
          data-testid="audit-group-range"
        >
          <DateAndTimes range={formatAuditRange(oldest.at, newest.at)} />
          {continues ? <span className="block font-sans text-[11px] text-warning">continues on older page</span> : null}
        </td>
        <SharedCells entry={newest} count={entries.length} />
        <td className="py-2.5 pr-5 pl-3 text-xs whitespace-nowrap text-subtle">
          {requests === 1 ? (newest.requestId ?? "—") : `${requests} requests`}
        </td>
      </tr>
      {isOpen ? (
        <ExpandedRow id={detailsId}>
          <AuditGroupEntries entries={entries} />
        </ExpandedRow>
      ) : null}
    </>
  );
}
