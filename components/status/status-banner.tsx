import type { UpstreamStatusDto } from "@/lib/schemas/upstream-status";
import { Callout, InlineCode as Code } from "@/components/ui/callout";
import { CheckIcon } from "@/components/ui/icons";
import { formatLatency } from "./format";

/** The one-line answer to "is the console connected?", with the fix when it is not. */
export function StatusBanner({ status }: { status: UpstreamStatusDto }) {
  const hasAnyKey = status.keys.some((k) => k.configured);
  if (!status.reachable && status.keys.length > 0 && !hasAnyKey) {
    return (
      <Callout tone="warning" title="No API key configured" testId="upstream-banner">
        <p className="text-fg">
          Set <Code>COMPLIANCE_ACCESS_KEY</Code> (and optionally <Code>COMPLIANCE_ADMIN_KEY</Code>) in{" "}
          <Code>.env.local</Code> and restart Custody. <Code>npm run demo</Code> does this for the bundled simulator.
        </p>
      </Callout>
    );
  }
  if (!status.reachable) {
    return (
      <Callout tone="danger" title="Upstream unreachable" testId="upstream-banner">
        {/* The probe's error already names the base URL and the cause. */}
        <p className="text-fg">{status.error ?? `Custody could not reach ${status.baseUrl}.`}</p>
        <p className="text-muted">
          {isLoopback(status.baseUrl) ? (
            <>
              Start the bundled simulator with <Code>npm run simulator</Code>, or run everything at once with{" "}
              <Code>npm run demo</Code>, then refresh.
            </>
          ) : (
            <>
              Check <Code>COMPLIANCE_API_BASE_URL</Code>, the network path to it, and that the Compliance API is enabled
              for your organization, then refresh.
            </>
          )}
        </p>
      </Callout>
    );
  }
  const target = status.isSimulator ? "the bundled simulator" : "the Compliance API";
  return (
    <div
      data-testid="upstream-banner"
      className="flex items-center gap-3 rounded-xl border border-success-line bg-success-soft px-4 py-3 text-sm"
    >
      <span className="grid size-6 shrink-0 place-items-center rounded-full bg-success text-surface">
        <CheckIcon width={14} height={14} strokeWidth={2.5} />
      </span>
      <p className="text-fg">
        <span className="font-semibold text-success">Reachable.</span> Connected to {target}
        {status.latencyMs !== null ? ` in ${formatLatency(status.latencyMs)}` : ""}.
      </p>
    </div>
  );
}

function isLoopback(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname;
    return host === "localhost" || host === "[::1]" || host.startsWith("127.");
  } catch {
    return false;
  }
}
