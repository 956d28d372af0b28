import type { UpstreamStatusDto } from "@/lib/schemas/upstream-status";
import { Badge, StatusDot } from "@/components/ui/badge";
import { Card, Field } from "@/components/ui/card";
import { ServerIcon } from "@/components/ui/icons";
import { formatLatency, formatUtcTime } from "./format";

/** Where the console points and how the last probe went. */
export function ConnectionCard({ status }: { status: UpstreamStatusDto }) {
  return (
    <Card title="Connection" titleId="connection" Icon={ServerIcon}>
      <dl className="divide-y divide-line" data-testid="connection-details">
        <Field label="Base URL">
          <span className="font-mono text-xs break-all">{status.baseUrl}</span>
        </Field>
        <Field label="Target">
          {status.isSimulator ? (
            <Badge tone="warning">Bundled simulator</Badge>
          ) : (
            <Badge tone="neutral">Compliance API</Badge>
          )}
        </Field>
        <Field label="Status">
          {status.reachable ? (
            <StatusDot tone="success">Reachable</StatusDot>
          ) : (
            <StatusDot tone="danger">Unreachable</StatusDot>
          )}
        </Field>
        <Field label="Latency">{status.reachable ? formatLatency(status.latencyMs) : "—"}</Field>
        <Field label="Checked">
          <span className="tabular-nums">{formatUtcTime(status.checkedAt)}</span>
        </Field>
      </dl>
    </Card>
  );
}
