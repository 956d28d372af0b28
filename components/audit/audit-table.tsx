"use client";

import { Fragment } from "react";
import type { AuditEntryDto } from "@/lib/schemas/audit";
import { Badge, StatusDot } from "@/components/ui/badge";
import { ChevronRightIcon } from "@/components/ui/icons";
import { AuditEntryDetails } from "./audit-entry-details";
import { AuditTargets } from "./audit-targets";
import { formatAuditTime, namedTargets } from "./format";
import { useToggleSet } from "@/components/ui/use-toggle-set";

const OUTCOME_TONE = { success: "success", denied: "warning", failure: "danger" } as const;

/** Newest first; each row expands in place to the full entry, its details and hashes. */
export function AuditTable({ entries }: { entries: AuditEntryDto[] }) {
  const [openIds, toggle] = useToggleSet();

  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-[13px]" data-testid="audit-table">
        <thead className="border-b border-line bg-surface-2/60 text-xs text-muted">
          <tr>
            <th scope="col" className="w-8 py-2 pl-3">
              <span className="sr-only">Expand</span>
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Time (UTC)
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Actor
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Roles
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Action
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Targets
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Purpose
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Outcome
            </th>
            <th scope="col" className="py-2 pr-5 pl-3 font-medium">
              Request
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const isOpen = openIds.has(entry.id);
            const detailsId = `audit-entry-${entry.id}`;
            return (
              <Fragment key={entry.id}>
                <tr
                  data-testid="audit-row"
                  data-action={entry.action}
                  className={`border-b border-line align-top ${isOpen ? "bg-surface-2/50" : "hover:bg-surface-2/40"}`}
                >
                  <td className="py-2.5 pl-3">
                    <button
                      type="button"
                      aria-expanded={isOpen}
                      aria-controls={detailsId}
                      aria-label={`Entry ${entry.seq} details`}
                      onClick={() => toggle(entry.id)}
                      className="grid size-6 place-items-center rounded-md text-subtle hover:bg-surface-2 hover:text-fg"
                    >
                      <ChevronRightIcon className={`transition-transform ${isOpen ? "rotate-90" : ""}`} />
                    </button>
                  </td>
                  <td className="px-3 py-2.5 font-mono text-xs whitespace-nowrap text-fg tabular-nums">
                    {formatAuditTime(entry.at)}
                  </td>
                  <td className="max-w-52 truncate px-3 py-2.5 text-fg" title={entry.actorId}>
                    {entry.actorEmail ?? entry.actorId}
                  </td>
                  <td className="px-3 py-2.5 whitespace-nowrap text-muted">{entry.actorRoles.join(", ") || "—"}</td>
                  <td className="px-3 py-2.5">
                    <Badge tone="neutral" mono>
                      {entry.action}
                    </Badge>
                  </td>
                  <td className="max-w-72 px-3 py-2.5 text-muted">
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
                  <td
                    className="max-w-36 truncate py-2.5 pr-5 pl-3 font-mono text-[11.5px] text-subtle"
                    title={entry.requestId ?? undefined}
                  >
                    {entry.requestId ?? "—"}
                  </td>
                </tr>
                {isOpen ? (
                  <tr id={detailsId} className="border-b border-line bg-surface-2/50">
                    <td />
                    <td colSpan={8} className="pt-1 pr-5 pb-4 pl-3">
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
