import type { ReactNode } from "react";
import type { UpstreamStatusDto } from "@/lib/schemas/upstream-status";
import { budgetUsedPercent, describeReset, formatLatency, formatUtcTime } from "./format";

/** Four headline numbers: latency, budget left, window reset, organizations. */
export function StatTiles({ status }: { status: UpstreamStatusDto }) {
  const rate = status.rateLimit;
  const used = rate ? budgetUsedPercent(rate.limit, rate.remaining) : null;
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Tile
        label="Latency"
        testId="latency"
        value={status.reachable ? formatLatency(status.latencyMs) : "—"}
        hint="Round trip of the probe"
      />
      <Tile
        label="Requests remaining"
        testId="rate-limit-remaining"
        value={rate?.remaining != null ? String(rate.remaining) : "—"}
        hint={rate?.limit != null ? `of ${rate.limit} per minute` : "No rate-limit headers seen"}
      >
        {used !== null ? (
          <div
            role="meter"
            aria-label="Share of the per-minute budget used"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(used)}
            className="mt-3 h-1.5 overflow-hidden rounded-full bg-surface-2"
          >
            <div
              className={`h-full rounded-full ${used > 85 ? "bg-danger" : used > 60 ? "bg-warning" : "bg-accent"}`}
              style={{ width: `${Math.max(used, 1.5)}%` }}
            />
          </div>
        ) : null}
      </Tile>
      <Tile
        label="Window resets"
        testId="rate-limit-reset"
        value={rate ? describeReset(rate.resetAt, rate.observedAt) : "—"}
        hint={rate?.resetAt ? `At ${formatUtcTime(rate.resetAt)}; shared by all keys` : "Budget shared by all keys"}
      />
      <Tile
        label="Organizations"
        testId="organization-count"
        value={status.reachable ? String(status.organizations.length) : "—"}
        hint="Visible to the access key"
      />
    </dl>
  );
}

function Tile({
  label,
  value,
  hint,
  testId,
  children,
}: {
  label: string;
  value: string;
  hint: string;
  testId: string;
  children?: ReactNode;
}) {
  return (
    <div className="rounded-xl border border-line bg-surface px-4 py-3.5 shadow-card" data-testid={testId}>
      <dt className="text-xs font-medium text-muted">{label}</dt>
      <dd className="mt-1.5 text-2xl font-semibold tracking-tight text-fg tabular-nums" data-testid={`${testId}-value`}>
        {value}
      </dd>
      <dd className="mt-0.5 text-xs text-subtle">{hint}</dd>
      {children ? <dd>{children}</dd> : null}
    </div>
  );
}
