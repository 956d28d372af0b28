"use client";

import { Fragment } from "react";
import type { AuditEntryDto } from "@/lib/schemas/audit";
import { StatusDot } from "@/components/ui/badge";
import { useToggleSet } from "@/components/ui/use-toggle-set";
import { AuditEntryDetails } from "./audit-entry-details";
import { ExpandButton, OUTCOME_TONE } from "./audit-row-parts";
import { formatAuditTime, summarizeAuditDetails } from "./format";

/**
 * Every entry of a group, newest first, each with its own time, request id, details and hash; each opens to the
 * full entry (both hashes, IP, user agent, targets) exactly as an ungrouped row does.
 */
export function AuditGroupEntries({ entries }: { entries: AuditEntryDto[] }) {
  const [openIds, toggle] = useToggleSet();
  return (
    <div className="overflow-hidden rounded-lg border border-line bg-surface">
      <table className="w-full text-left text-[12.5px]" data-testid="audit-group-entries">
        <caption className="border-b border-line px-3 py-2 text-left text-xs text-muted">
          {entries.length.toLocaleString("en-US")} entries, each kept and chained on its own
        </caption>
        <thead className="text-[11px] text-subtle">
          <tr className="border-b border-line">
            <th scope="col" className="w-8 py-1.5 pl-2">
              <span className="sr-only">Expand</span>
            </th>
            <th scope="col" className="px-2 py-1.5 font-medium">
              Entry
            </th>
            <th scope="col" className="px-2 py-1.5 font-medium">
              Time (UTC)
            </th>
            <th scope="col" className="px-2 py-1.5 font-medium">
              Request
            </th>
            <th scope="col" className="px-2 py-1.5 font-medium">
              Details
            </th>
            <th scope="col" className="px-2 py-1.5 font-medium">
              Outcome
            </th>
            <th scope="col" className="py-1.5 pr-3 pl-2 font-medium">
              Hash
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const isOpen = openIds.has(entry.id);
            const detailsId = `audit-group-entry-${entry.id}`;
            return (
              <Fragment key={entry.id}>
                <tr data-testid="audit-group-entry" className="border-b border-line align-top last:border-b-0">
                  <td className="py-1.5 pl-2">
                    <ExpandButton
                      isOpen={isOpen}
                      controls={detailsId}
                      label={`Entry ${entry.seq} details`}
                      onToggle={() => toggle(entry.id)}
                    />
                  </td>
                  <td className="px-2 py-2 font-mono text-[11.5px] text-fg tabular-nums">#{entry.seq}</td>
                  <td className="px-2 py-2 font-mono text-[11.5px] whitespace-nowrap text-fg tabular-nums">
                    {formatAuditTime(entry.at)}
                  </td>
                  <td className="px-2 py-2 font-mono text-[11.5px] text-muted" data-testid="audit-group-entry-request">
                    {entry.requestId ?? "—"}
                  </td>
                  <td className="px-2 py-2 font-mono text-[11.5px] [overflow-wrap:anywhere] text-muted">
                    {summarizeAuditDetails(entry.details) || "—"}
                  </td>
                  <td className="px-2 py-2 whitespace-nowrap">
                    <StatusDot tone={OUTCOME_TONE[entry.outcome]}>{entry.outcome}</StatusDot>
                  </td>
                  <td className="py-2 pr-3 pl-2 font-mono text-[11.5px] text-subtle" title={entry.hash}>
                    {entry.hash.slice(0, 12)}…
                  </td>
                </tr>
                {isOpen ? (
                  <tr id={detailsId} className="border-b border-line bg-surface-2/50">
                    <td colSpan={7} className="px-2 py-2">
                      <AuditEntryDetails entry={entry} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
