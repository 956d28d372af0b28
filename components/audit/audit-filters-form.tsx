import Link from "next/link";
import { AUDIT_ACTIONS, AuditOutcome } from "@/lib/schemas/audit";
import { BUTTON_PRIMARY, BUTTON_SECONDARY } from "@/components/ui/controls";
import { SelectInput, TextInput } from "@/components/ui/form-field";
import { FilterIcon } from "@/components/ui/icons";
import { toDatetimeLocal, type AuditFilterParams } from "@/lib/schemas/audit-filters";

const UTC = <span className="font-normal text-subtle">(UTC)</span>;

/**
 * A plain GET form: the filters become the URL, so a view can be bookmarked or sent to a colleague,
 * and the page works before (or without) JavaScript. Times are entered and shown in UTC.
 */
export function AuditFiltersForm({ params }: { params: AuditFilterParams }) {
  const hasFilters = Object.keys(params).length > 0;
  return (
    <form
      method="get"
      action="/audit"
      aria-label="Filter the audit trail"
      className="rounded-xl border border-line bg-surface p-5 shadow-card"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <TextInput
          id="filter-actor"
          label="Actor"
          name="actor"
          defaultValue={params.actor ?? ""}
          placeholder="Email or user id"
        />
        <SelectInput id="filter-action" label="Action" name="action" defaultValue={params.action ?? ""}>
          <option value="">Any action</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </SelectInput>
        <TextInput
          id="filter-target"
          label="Target"
          name="target"
          defaultValue={params.target ?? ""}
          placeholder="Custodian, chat, file or user id"
        />
        <TextInput
          id="filter-from"
          label={<>From {UTC}</>}
          name="from"
          type="datetime-local"
          defaultValue={toDatetimeLocal(params.from)}
        />
        <TextInput
          id="filter-to"
          label={<>To {UTC}</>}
          name="to"
          type="datetime-local"
          defaultValue={toDatetimeLocal(params.to)}
        />
        <SelectInput id="filter-outcome" label="Outcome" name="outcome" defaultValue={params.outcome ?? ""}>
          <option value="">Any outcome</option>
          {AuditOutcome.options.map((outcome) => (
            <option key={outcome} value={outcome}>
              {outcome}
            </option>
          ))}
        </SelectInput>
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
