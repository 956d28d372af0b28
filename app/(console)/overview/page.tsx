import type { Metadata } from "next";
import { getUpstreamStatus } from "@/lib/server/upstream/get-status";
import { ConnectionCard } from "@/components/status/connection-card";
import { KeyCard } from "@/components/status/key-card";
import { OrganizationsCard } from "@/components/status/organizations-card";
import { RefreshButton } from "@/components/status/refresh-button";
import { StatTiles } from "@/components/status/stat-tiles";
import { StatusBanner } from "@/components/status/status-banner";
import { formatUtcTime, keyRows } from "@/components/status/format";

export const metadata: Metadata = { title: "Overview" };

// Every view must show the upstream as it is now, never a cached probe.
export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const status = await getUpstreamStatus();
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold tracking-tight text-fg">Overview</h1>
          <p className="mt-1 text-sm text-muted">
            The Compliance API this console reads from: keys, scopes and the shared rate budget.
          </p>
        </div>
        <div className="flex items-center gap-3">
          <span className="text-xs text-subtle tabular-nums">Checked {formatUtcTime(status.checkedAt)}</span>
          <RefreshButton />
        </div>
      </div>

      <StatusBanner status={status} />
      <StatTiles status={status} />

      <div className="grid gap-4 lg:grid-cols-2">
        {keyRows(status.keys).map((probe) => (
          <KeyCard key={probe.key} probe={probe} upstreamReachable={status.reachable} />
        ))}
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <OrganizationsCard status={status} />
        <ConnectionCard status={status} />
      </div>
    </div>
  );
}
