import type { KeyProbeDto } from "@/lib/schemas/upstream-status";
import { Badge, StatusDot } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { KeyIcon } from "@/components/ui/icons";
import { KEY_LABELS, describeScope } from "./format";

/** One configured key: whether it works, what it was granted, what it can reach. Never the key itself. */
export function KeyCard({ probe, upstreamReachable }: { probe: KeyProbeDto; upstreamReachable: boolean }) {
  const label = KEY_LABELS[probe.key];
  const titleId = `key-${probe.key}`;
  return (
    <Card
      title={label.title}
      titleId={titleId}
      Icon={KeyIcon}
      actions={<KeyState probe={probe} upstreamReachable={upstreamReachable} />}
    >
      <div data-testid={`key-card-${probe.key}`} className="space-y-4">
        <p className="text-sm text-muted">{label.purpose}</p>
        {!probe.configured ? (
          <p className="rounded-lg border border-dashed border-line-strong px-3 py-2.5 text-sm text-muted">
            Not configured. Set <code className="font-mono text-[12.5px] text-fg">{label.env}</code> in{" "}
            <code className="font-mono text-[12.5px] text-fg">.env.local</code> and restart Custody.
          </p>
        ) : (
          <>
            {probe.error ? (
              <p
                className="rounded-lg border border-danger-line bg-danger-soft px-3 py-2 text-sm text-danger"
                role="status"
              >
                {probe.error}
              </p>
            ) : null}
            <div>
              <h3 className="mb-2 text-xs font-medium tracking-wide text-subtle uppercase">Scopes</h3>
              {probe.scopes.length === 0 ? (
                <p className="text-sm text-muted">
                  None confirmed{upstreamReachable ? "" : " (upstream unreachable)"}.
                </p>
              ) : (
                <ul className="space-y-1.5" aria-label={`${label.title} scopes`}>
                  {probe.scopes.map((scope) => (
                    <li key={scope} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
                      <Badge tone="accent" mono>
                        {scope}
                      </Badge>
                      <span className="text-xs text-subtle">{describeScope(scope) ?? "Unrecognised scope"}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3 className="mb-2 text-xs font-medium tracking-wide text-subtle uppercase">Can reach</h3>
              {probe.reachable.length === 0 ? (
                <p className="text-sm text-muted">No endpoint group answered this key.</p>
              ) : (
                <ul className="flex flex-wrap gap-1.5" aria-label={`${label.title} reachable endpoint groups`}>
                  {probe.reachable.map((group) => (
                    <li key={group}>
                      <Badge tone="success">{group}</Badge>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </>
        )}
      </div>
    </Card>
  );
}

function KeyState({ probe, upstreamReachable }: { probe: KeyProbeDto; upstreamReachable: boolean }) {
  if (!probe.configured)
    return (
      <StatusDot tone="neutral">
        <span className="text-xs text-muted">Not configured</span>
      </StatusDot>
    );
  if (!upstreamReachable)
    return (
      <StatusDot tone="warning">
        <span className="text-xs text-muted">Not checked</span>
      </StatusDot>
    );
  if (probe.ok)
    return (
      <StatusDot tone="success">
        <span className="text-xs text-muted">Working</span>
      </StatusDot>
    );
  return (
    <StatusDot tone="danger">
      <span className="text-xs text-muted">Failing</span>
    </StatusDot>
  );
}
