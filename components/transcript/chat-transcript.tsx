"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useMemo, useSyncExternalStore } from "react";
import { transcriptQuery } from "@/lib/queries/chats";
import { chatListContextSnapshot, neighbourChat } from "@/components/investigate/chat-context";
import { QueryError } from "@/components/ui/query-error";
import { useDisplayTz } from "@/components/ui/use-display-tz";
import { ChatHeader } from "./chat-header";
import { TranscriptReader } from "./transcript-reader";

const noSubscribe = () => () => undefined;

/** `/chats/[chatId]`: header, tombstone if deleted, then the virtualised reader fed page by page. */
export function ChatTranscript({ chatId }: { chatId: string }) {
  const router = useRouter();
  const params = useSearchParams();
  const chosenTz = params.get("tz") === "utc" ? "utc" : "local";
  const tz = useDisplayTz(chosenTz);
  const query = useInfiniteQuery(transcriptQuery(chatId));
  const messages = useMemo(() => query.data?.pages.flatMap((p) => p.messages) ?? [], [query.data]);
  const chat = query.data?.pages[0]?.chat;
  // The list context lives in sessionStorage: null on the server, read after hydration in the browser.
  const context = useSyncExternalStore(noSubscribe, chatListContextSnapshot, () => null);
  const prev = neighbourChat(context, chatId, -1);
  const next = neighbourChat(context, chatId, 1);
  const suffix = chosenTz === "utc" ? "?tz=utc" : "";

  const nav = (
    <nav aria-label="Chat navigation" className="flex flex-wrap items-center gap-3 text-sm">
      <Link href={context?.backHref ?? "/investigate"} className="text-accent-text hover:underline">
        ← Back to the list
      </Link>
      {prev ? (
        <Link href={`/chats/${encodeURIComponent(prev)}${suffix}`} className="text-muted hover:text-fg">
          [ Previous chat
        </Link>
      ) : null}
      {next ? (
        <Link href={`/chats/${encodeURIComponent(next)}${suffix}`} className="text-muted hover:text-fg">
          Next chat ]
        </Link>
      ) : null}
      <Link
        href={`/chats/${encodeURIComponent(chatId)}${chosenTz === "utc" ? "" : "?tz=utc"}`}
        className="ml-auto text-muted hover:text-fg"
        replace
      >
        {chosenTz === "utc" ? "Show local time" : "Show UTC"}
      </Link>
    </nav>
  );

  if (query.isPending) {
    return (
      <div className="space-y-4">
        {nav}
        <div
          aria-busy="true"
          aria-label="Loading the transcript"
          className="space-y-3"
          data-testid="transcript-loading"
        >
          <div className="h-8 w-1/2 animate-pulse rounded-md bg-surface-2" />
          <div className="h-16 animate-pulse rounded-xl bg-surface-2" />
          <div className="h-40 animate-pulse rounded-xl bg-surface-2" />
        </div>
      </div>
    );
  }
  if (query.isError || !chat) {
    return (
      <div className="space-y-4">
        {nav}
        <QueryError
          error={query.error ?? new Error("Empty transcript")}
          onRetry={() => void query.refetch()}
          what="this chat"
        />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {nav}
      <ChatHeader chat={chat} tz={tz} />
      <TranscriptReader
        messages={messages}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        fetchNextPage={query.fetchNextPage}
        tz={tz}
        isDeletedChat={chat.deletedAt !== null}
        onChatStep={(step) => {
          const to = step === 1 ? next : prev;
          if (to) router.push(`/chats/${encodeURIComponent(to)}${suffix}`);
        }}
      />
    </div>
  );
}
