import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AuditQuery } from "@/lib/schemas/audit";
import { NotAllowed } from "@/components/auth/not-allowed";
import { AuditFiltersForm } from "@/components/audit/audit-filters-form";
import { AuditTable } from "@/components/audit/audit-table";
import { ChainStatus, ChainStatusPending } from "@/components/audit/chain-status";
import { auditSearchString, readAuditFilterParams } from "@/lib/schemas/audit-filters";
import { DownloadIcon } from "@/components/ui/icons";
import { BUTTON_SECONDARY } from "@/components/ui/controls";
import { Callout } from "@/components/ui/callout";
import { readAuditPage } from "@/lib/server/audit/read-audit-page";
import { pageOperation } from "@/lib/server/pages/page-operation";
import { verifyProcessAuditTrail } from "@/lib/server/audit/verify-audit-trail";
import { requireCapabilityForPage } from "@/lib/server/auth/page-access";
import { getDb } from "@/lib/server/db";

export const metadata: Metadata = { title: "Audit trail" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;
const EXPORT_FORMATS = ["csv", "ndjson"] as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The auditor's view: filter, read, expand, export, and check the hash chain. Viewing is itself audited. */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await requireCapabilityForPage("audit:read");
  if (!access.allowed) {
    return <NotAllowed page="the audit trail" refusal={access.refusal} />;
  }
  const raw = await searchParams;
  const params = readAuditFilterParams(raw);
  const cursor = typeof raw.cursor === "string" ? raw.cursor : undefined;
  const parsed = AuditQuery.safeParse({ ...params, cursor, limit: PAGE_SIZE });

  let content;
  if (!parsed.success) {
    content = (
      <Callout tone="warning" title="These filters cannot be applied" testId="audit-filter-error">
        <ul className="list-disc pl-4 text-fg">
          {parsed.error.issues.map((issue) => (
            <li key={`${issue.path.join(".")}:${issue.message}`}>
              {issue.path.join(".") || "filters"}: {issue.message}
            </li>
          ))}
        </ul>
      </Callout>
    );
  } else {
    const page = await readAuditPage({ ...(await pageOperation(access.current)), input: parsed.data });
    content = (
      <section
        aria-labelledby="entries-title"
        className="overflow-hidden rounded-xl border border-line bg-surface shadow-card"
      >
        <header className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-5 py-3">
          <h2 id="entries-title" className="text-sm font-semibold text-fg">
            Entries <span className="ml-1 font-normal text-muted">newest first{cursor ? " · older page" : ""}</span>
          </h2>
          <div className="flex gap-2">
            {EXPORT_FORMATS.map((format) => (
              <a
                key={format}
                href={`/api/audit/export${auditSearchString(params, { format })}`}
                className={BUTTON_SECONDARY.replace("h-9", "h-8")}
                download
              >
                <DownloadIcon /> Export {format.toUpperCase()}
              </a>
            ))}
          </div>
        </header>
        {page.entries.length === 0 ? (
          <p className="px-5 py-12 text-center text-sm text-muted" data-testid="audit-empty">
            No entries match these filters.
          </p>
        ) : (
          <AuditTable entries={page.entries} lastGroupContinues={page.lastGroupContinues} />
        )}
        <footer className="flex items-center justify-between gap-3 border-t border-line px-5 py-3 text-[13px]">
          <span className="text-muted tabular-nums" data-testid="audit-shown">
            {page.entries.length.toLocaleString("en-US")} {page.entries.length === 1 ? "entry" : "entries"} shown
          </span>
          <div className="flex gap-4">
            {cursor ? (
              <Link
                href={`/audit${auditSearchString(params)}`}
                className="font-medium text-accent-text hover:underline"
              >
                ← Newest
              </Link>
            ) : null}
            {page.nextCursor ? (
              <Link
                href={`/audit${auditSearchString(params, { cursor: page.nextCursor })}`}
                className="font-medium text-accent-text hover:underline"
              >
                Older entries →
              </Link>
            ) : null}
          </div>
        </footer>
      </section>
    );
  }

  return (
    <div className="mx-auto max-w-7xl space-y-5">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg">Audit trail</h1>
        <p className="mt-1 text-sm text-muted">
          Every sign-in, read, export and change made in Custody, hash-chained so that an edit or a deletion shows. Your
          own viewing and exporting is recorded here too.
        </p>
      </div>
      <Suspense fallback={<ChainStatusPending />}>
        <VerifiedChain />
      </Suspense>
      <AuditFiltersForm params={params} />
      {content}
    </div>
  );
}

/** Streams in after the table: walking a long chain (and its checkpoints) must not hold up the entries. */
async function VerifiedChain() {
  const result = await verifyProcessAuditTrail(await getDb());
  return <ChainStatus result={result} />;
}
