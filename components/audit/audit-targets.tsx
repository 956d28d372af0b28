import type { AuditTarget } from "@/lib/schemas/audit";

/**
 * Each target as its name (when the entry recorded one) next to its `type:id`. Entries written before names were
 * recorded, and targets the writer knew only by id, show the id alone.
 */
export function AuditTargets({ targets }: { targets: readonly AuditTarget[] }) {
  if (targets.length === 0) return <>—</>;
  return (
    <ul className="space-y-0.5" data-testid="audit-targets">
      {targets.map((t) => (
        <li key={`${t.type}:${t.id}`} className="[overflow-wrap:anywhere]">
          {t.label ? (
            <span className="mr-1.5 font-sans text-[13px] text-fg" data-testid="audit-target-label">
              {t.label}
            </span>
          ) : null}
          <span className="font-mono text-[11.5px] text-muted">
            {t.type}:{t.id}
          </span>
        </li>
      ))}
    </ul>
  );
}
