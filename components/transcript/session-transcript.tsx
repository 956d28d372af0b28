"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { sessionTranscriptQuery } from "@/lib/queries/sessions";
import type { SessionKind } from "@/lib/schemas/investigate";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format-time";
import { BackLink } from "@/components/ui/back-link";
import { QueryError } from "@/components/ui/query-error";
import { useDisplayTz } from "@/components/ui/use-display-tz";
import { TranscriptReader } from "./transcript-reader";

/** A remote or local session, read with the same virtualised reader as chats. */
export function SessionTranscript({ kind, sessionId }: { kind: SessionKind; sessionId: string }) {
  const query = useInfiniteQuery(sessionTranscriptQuery(kind, sessionId));
  const messages = useMemo(() => query.data?.pages.flatMap((p) => p.messages) ?? [], [query.data]);
  const session = query.data?.pages[0]?.session;
  const tz = useDisplayTz("local");
  const back = <BackLink fallback="/sessions" label="Sessions" />;
  if (query.isPending)
    return (
      <div className="space-y-3">
        {back}
        <p className="text-sm text-muted" aria-busy="true">
          Loading the session…
        </p>
      </div>
    );
  if (query.isError || !session)
    return (
      <div className="space-y-3">
        {back}
        <QueryError
          error={query.error ?? new Error("Empty session")}
          onRetry={() => void query.refetch()}
          what="this session"
        />
      </div>
    );
  const facts: Array<[string, string]> = [
    ["Custodian", session.custodian?.email ?? (session.agentId ? `agent ${session.agentId}` : "—")],
    ["Surface", session.productSurface ?? "—"],
    ["Created", formatDateTime(session.createdAt, tz)],
    ["Updated", formatDateTime(session.updatedAt, tz)],
    ["Started by", session.startedBy?.email ?? "—"],
  ];
  return (
    <div className="space-y-4">
      {back}
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-xl font-semibold tracking-tight text-fg">
          {kind === "remote" ? "Remote session" : "Local session"}
        </h1>
        {session.status ? <Badge>{session.status}</Badge> : null}
        {session.truncated ? <Badge tone="warning">over 100,000 calls: transcript stops early</Badge> : null}
        <span className="font-mono text-xs text-subtle">{session.id}</span>
      </div>
      <dl className="grid grid-cols-2 gap-3 rounded-xl border border-line bg-surface px-5 py-3 text-sm shadow-card md:grid-cols-5">
        {facts.map(([k, v]) => (
          <div key={k} className="min-w-0">
            <dt className="text-xs text-muted">{k}</dt>
            <dd className="truncate text-fg">{v}</dd>
          </div>
        ))}
      </dl>
      <TranscriptReader
        messages={messages}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        fetchNextPage={query.fetchNextPage}
        tz={tz}
        isDeletedChat={false}
      />
    </div>
  );
}
