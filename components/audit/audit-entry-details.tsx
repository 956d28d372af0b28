import type { ReactNode } from "react";
import type { AuditEntryDto } from "@/lib/schemas/audit";
import { AuditTargets } from "./audit-targets";
import { namedTargets } from "./format";

function Row({ label, children, mono = false }: { label: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="grid gap-1 py-1.5 sm:grid-cols-[9rem_1fr] sm:gap-4">
      <dt className="text-xs font-medium text-muted">{label}</dt>
      <dd className={`min-w-0 text-[13px] [overflow-wrap:anywhere] text-fg ${mono ? "font-mono text-xs" : ""}`}>
        {children}
      </dd>
    </div>
  );
}

/** Everything an entry holds, including the hashes that chain it to its predecessor. */
export function AuditEntryDetails({ entry }: { entry: AuditEntryDto }) {
  const hasDetails = Object.keys(entry.details).length > 0;
  return (
    <div
      data-testid="audit-entry-details"
      className="grid gap-x-8 rounded-lg border border-line bg-surface px-4 py-3 lg:grid-cols-2"
    >
      <dl>
        <Row label="Entry" mono>
          #{entry.seq} · {entry.id}
        </Row>
        <Row label="Time" mono>
          {entry.at}
        </Row>
        <Row label="Actor">
          {entry.actorEmail ?? "—"} <span className="font-mono text-xs text-muted">{entry.actorId}</span>
        </Row>
        <Row label="Roles">{entry.actorRoles.join(", ") || "—"}</Row>
        <Row label="Action" mono>
          {entry.action} → {entry.outcome}
        </Row>
        <Row label="Targets">
          <AuditTargets targets={namedTargets(entry)} />
        </Row>
        <Row label="Purpose">
          {entry.purpose ? (
            <>
              <span className="font-mono text-xs">{entry.purpose.reference}</span> {entry.purpose.reason}
            </>
          ) : (
            "—"
          )}
        </Row>
      </dl>
      <dl>
        <Row label="Request id" mono>
          {entry.requestId ?? "—"}
        </Row>
        <Row label="IP" mono>
          {entry.ip ?? "—"}
        </Row>
        {entry.forwardedForUntrusted ? (
          <Row label="X-Forwarded-For (untrusted)" mono>
            {entry.forwardedForUntrusted}
          </Row>
        ) : null}
        <Row label="User agent">{entry.userAgent ?? "—"}</Row>
        <Row label="Details">
          {hasDetails ? (
            <pre className="max-h-48 overflow-auto rounded-md bg-surface-2 px-2.5 py-2 font-mono text-[11.5px] leading-relaxed whitespace-pre-wrap">
              {JSON.stringify(entry.details, null, 2)}
            </pre>
          ) : (
            "—"
          )}
        </Row>
        <Row label="Previous hash" mono>
          <span className="text-muted">{entry.prevHash}</span>
        </Row>
        <Row label="Hash" mono>
          <span data-testid="audit-entry-hash">{entry.hash}</span>
        </Row>
      </dl>
    </div>
  );
}
