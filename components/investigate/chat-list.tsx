"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import Link from "next/link";
import { useEffect, useMemo, useRef } from "react";
import type { ChatSort, ChatSummaryDto } from "@/lib/schemas/investigate";
import { chatListQuery } from "@/lib/queries/chats";
import { Badge } from "@/components/ui/badge";
import { LoadMoreButton } from "@/components/ui/load-more-button";
import { saveChatListContext } from "./chat-context";
import { formatDateTime } from "@/components/ui/format-time";
import { CHAT_PAGE_SIZE, type TimeZoneMode } from "@/lib/urls/investigate-url";
import { QueryError } from "@/components/ui/query-error";

const ROW_HEIGHT = 52;
const COLUMNS =
  "grid grid-cols-[minmax(14rem,3fr)_minmax(10rem,1.5fr)_9.5rem_9.5rem_minmax(7rem,1fr)_minmax(5rem,0.7fr)] gap-3 items-center";

type Props = {
  userIds: string[];
  from: string;
  to: string;
  sort: ChatSort;
  tz: TimeZoneMode;
  onSortChange: (s: ChatSort) => void;
  backHref: string;
};

/** The custodians' chats in the window: virtualised so 10,000 rows scroll smoothly; pages load as the end nears. */
export function ChatList({ userIds, from, to, sort, tz, onSortChange, backHref }: Props) {
  const query = useInfiniteQuery(chatListQuery({ userIds, from, to, sort, limit: CHAT_PAGE_SIZE }));
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const partial = query.data?.pages.some((p) => p.partial) ?? false;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;

  useEffect(() => {
    // Prefetch ahead: within 100 rows of the end, the next page is already on its way.
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - 100) void fetchNextPage();
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const remember = () => saveChatListContext({ ids: rows.map((r) => r.id), backHref });

  return (
    <section aria-labelledby="chat-list-title" className="rounded-xl border border-line bg-surface shadow-card">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-5 py-3">
        <h2 id="chat-list-title" className="text-sm font-semibold text-fg">
          Chats{" "}
          <span className="font-normal text-muted tabular-nums" data-testid="chat-count">
            {query.isSuccess ? `${rows.length.toLocaleString("en")}${hasNextPage ? "+" : ""}` : ""}
          </span>
        </h2>
        <label className="flex items-center gap-2 text-sm text-muted">
          Sort
          <select
            value={sort}
            onChange={(e) => onSortChange(e.target.value === "updated_at" ? "updated_at" : "created_at")}
            className="h-8 rounded-lg border border-line-strong bg-surface px-2 text-fg"
          >
            <option value="created_at">Created (oldest first)</option>
            <option value="updated_at">Last updated (newest first)</option>
          </select>
        </label>
      </header>
      {partial ? (
        <p className="border-b border-line bg-warning-soft px-5 py-2 text-sm text-warning">
          Over 5,000 chats in this window: the update-time order covers the first 5,000 read. Narrow the window for a
          complete order.
        </p>
      ) : null}
      {query.isPending ? <ListSkeleton /> : null}
      {query.isError ? (
        <div className="p-5">
          <QueryError error={query.error} onRetry={() => void query.refetch()} what="the chat list" />
        </div>
      ) : null}
      {query.isSuccess && rows.length === 0 ? (
        <div className="px-5 py-12 text-center" data-testid="chat-list-empty">
          <p className="font-medium text-fg">No chats created in this window</p>
          <p className="mt-1 text-sm text-muted">Widen the time window (try 90 days) or add more custodians.</p>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <div role="table" aria-label="Chats" aria-rowcount={rows.length + 1} className="text-sm">
          <div role="rowgroup" className="border-b border-line bg-surface-2 px-5 py-2 text-xs font-medium text-muted">
            <div role="row" aria-rowindex={1} className={COLUMNS}>
              {["Chat", "Custodian", "Created", "Updated", "Model", "Project"].map((h) => (
                <span key={h} role="columnheader">
                  {h}
                </span>
              ))}
            </div>
          </div>
          <div
            ref={scrollRef}
            role="rowgroup"
            data-testid="chat-list-scroll"
            className="h-[min(62vh,640px)] overflow-auto"
            tabIndex={0}
            aria-label="Chat rows"
          >
            <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
              {items.map((v) => (
                <ChatRow
                  key={rows[v.index].id}
                  chat={rows[v.index]}
                  index={v.index}
                  start={v.start}
                  tz={tz}
                  onOpen={remember}
                />
              ))}
            </div>
          </div>
          <footer className="flex items-center justify-between gap-3 border-t border-line px-5 py-2.5 text-sm text-muted">
            <span>{hasNextPage ? "More chats in this window." : "End of the list."}</span>
            {hasNextPage ? <LoadMoreButton onLoadMore={fetchNextPage} isLoading={isFetchingNextPage} /> : null}
          </footer>
        </div>
      ) : null}
    </section>
  );
}

function ChatRow({
  chat,
  index,
  start,
  tz,
  onOpen,
}: {
  chat: ChatSummaryDto;
  index: number;
  start: number;
  tz: TimeZoneMode;
  onOpen: () => void;
}) {
  const isDeleted = chat.deletedAt !== null;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-testid="chat-row"
      className={`${COLUMNS} absolute inset-x-0 border-b border-line px-5 hover:bg-surface-2`}
      style={{ height: ROW_HEIGHT, transform: `translateY(${start}px)` }}
    >
      <span role="cell" className="flex min-w-0 items-center gap-2">
        <Link
          href={`/chats/${encodeURIComponent(chat.id)}`}
          onClick={onOpen}
          className="truncate font-medium text-fg hover:text-accent-text hover:underline"
        >
          {chat.name || (isDeleted ? "Deleted chat" : "Untitled chat")}
        </Link>
        {isDeleted ? <Badge tone="danger">deleted</Badge> : null}
      </span>
      <span role="cell" className="truncate text-muted">
        {chat.custodian?.email ?? chat.custodian?.id ?? "—"}
      </span>
      <span role="cell" className="text-muted tabular-nums">
        {formatDateTime(chat.createdAt, tz)}
      </span>
      <span role="cell" className="text-muted tabular-nums">
        {formatDateTime(chat.updatedAt, tz)}
      </span>
      <span role="cell" className="truncate font-mono text-xs text-muted">
        {chat.model ?? "legacy"}
      </span>
      <span role="cell" className="truncate text-xs">
        {chat.projectId ? (
          <Link
            href={`/projects/${encodeURIComponent(chat.projectId)}`}
            className={`text-muted hover:text-accent-text hover:underline ${chat.projectName === null ? "font-mono" : ""}`}
            title={
              chat.projectName === null
                ? `${chat.projectId}: the project's name could not be read`
                : `${chat.projectName} (${chat.projectId})`
            }
            data-testid="chat-project"
          >
            {chat.projectName || (chat.projectName === "" ? "Untitled project" : chat.projectId)}
          </Link>
        ) : (
          <span className="text-subtle">—</span>
        )}
      </span>
    </div>
  );
}

function ListSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading chats" className="space-y-2 p-5" data-testid="chat-list-loading">
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="h-8 animate-pulse rounded-md bg-surface-2" />
      ))}
    </div>
  );
}
