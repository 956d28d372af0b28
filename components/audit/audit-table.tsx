"use client";

import { useMemo } from "react";
import type { AuditEntryDto } from "@/lib/schemas/audit";
import { groupAuditEntries } from "@/lib/schemas/audit-group";
import { useToggleSet } from "@/components/ui/use-toggle-set";
import { AuditEntryRows, AuditGroupRows } from "./audit-rows";

const COLUMNS = ["Time (UTC)", "Actor", "Roles", "Action", "Targets", "Purpose", "Outcome", "Request"];

/**
 * Newest first; each row expands in place to the full entry, its details and hashes. Repeated reads of one item
 * by one person (lib/schemas/audit-group.ts) show as one row with a count; expanding it lists every entry. The
 * server ends each page on a group boundary, so grouping this page alone is exact.
 */
export function AuditTable({
  entries,
  lastGroupContinues = false,
}: {
  entries: AuditEntryDto[];
  /** The last group carries on past this page (a run longer than a page may be extended). */
  lastGroupContinues?: boolean;
}) {
  const groups = useMemo(() => groupAuditEntries(entries), [entries]);
  const [openIds, toggle] = useToggleSet();

  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-[13px]" data-testid="audit-table">
        <thead className="border-b border-line bg-surface-2/60 text-xs text-muted">
          <tr>
            <th scope="col" className="w-8 py-2 pl-3">
              <span className="sr-only">Expand</span>
            </th>
            {COLUMNS.map((label, i) => (
              <th
                key={label}
                scope="col"
                className={`${i === COLUMNS.length - 1 ? "pr-5 pl-3" : "px-3"} py-2 font-medium`}
              >
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group, i) =>
            group.entries.length === 1 ? (
              <AuditEntryRows
                key={group.id}
                entry={group.entries[0]}
                isOpen={openIds.has(group.id)}
                onToggle={() => toggle(group.id)}
              />
            ) : (
              <AuditGroupRows
                key={group.id}
                entries={group.entries}
                continues={lastGroupContinues && i === groups.length - 1}
                isOpen={openIds.has(`group:${group.id}`)}
                onToggle={() => toggle(`group:${group.id}`)}
              />
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
