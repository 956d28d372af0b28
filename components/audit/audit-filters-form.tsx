import Link from "next/link";
import { AUDIT_ACTIONS, AuditOutcome } from "@/lib/schemas/audit";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, INPUT, LABEL } from "@/components/shell/controls";
import { FilterIcon } from "@/components/shell/console-icons";
import { toDatetimeLocal, type AuditFilterParams } from "./audit-filters";

const SELECT = `${INPUT} pr-8`;

/**
 * A plain GET form: the filters become the URL, so a view can be bookmarked or sent to a colleague,
 * and the page works before (or without) JavaScript. Times are entered and shown in UTC.
 */
export function AuditFiltersForm({ params }: { params: AuditFilterParams }) {
  const hasFilters = Object.keys(params).length > 0;
  return (
    <form method="get" action="/audit" aria-label="Filter the audit trail" className="rounded-xl border border-line bg-surface p-5 shadow-card">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-6">
        <div className="lg:col-span-2">
          <label htmlFor="filter-actor" className={LABEL}>
            Actor
          </label>
          <input id="filter-actor" name="actor" defaultValue={params.actor ?? ""} placeholder="Email or user id" className={INPUT} />
        </div>
        <div className="lg:col-span-2">
          <label htmlFor="filter-action" className={LABEL}>
            Action
          </label>
          <select id="filter-action" name="action" defaultValue={params.action ?? ""} className={SELECT}>
            <option value="">Any action</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div className="lg:col-span-2">
          <label htmlFor="filter-target" className={LABEL}>
            Target
          </label>
          <input id="filter-target" name="target" defaultValue={params.target ?? ""} placeholder="Custodian, chat, file or user id" className={INPUT} />
        </div>
        <div className="lg:col-span-2">
          <label htmlFor="filter-from" className={LABEL}>
            From <span className="font-normal text-subtle">(UTC)</span>
          </label>
          <input id="filter-from" name="from" type="datetime-local" defaultValue={toDatetimeLocal(params.from)} className={INPUT} />
        </div>
        <div className="lg:col-span-2">
          <label htmlFor="filter-to" className={LABEL}>
            To <span className="font-normal text-subtle">(UTC)</span>
          </label>
          <input id="filter-to" name="to" type="datetime-local" defaultValue={toDatetimeLocal(params.to)} className={INPUT} />
        </div>
        <div className="lg:col-span-2">
          <label htmlFor="filter-outcome" className={LABEL}>
            Outcome
          </label>
          <select id="filter-outcome" name="outcome" defaultValue={params.outcome ?? ""} className={SELECT}>
            <option value="">Any outcome</option>
            {AuditOutcome.options.map((outcome) => (
              <option key={outcome} value={outcome}>
                {outcome}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-5 flex items-center justify-end gap-2 border-t border-line pt-4">
        {hasFilters ? (
          <Link href="/audit" className={BUTTON_SECONDARY}>
            Clear filters
          </Link>
        ) : null}
        <button type="submit" className={BUTTON_PRIMARY}>
          <FilterIcon /> Apply filters
        </button>
      </div>
    </form>
  );
}
