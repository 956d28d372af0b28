"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { MessageDto } from "@/lib/schemas/investigate";
import type { TimeZoneMode } from "@/lib/urls/investigate-url";
import { ArtifactCompare, artifactHistories } from "./artifact-compare";
import { FindBox } from "./find-box";
import { MessageItem } from "./message-item";
import { useFillHeight } from "./use-fill-height";
import { useReaderKeys } from "./use-reader-keys";
import { useTranscriptFind } from "./use-transcript-find";

export type TranscriptReaderProps = {
  messages: MessageDto[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
  tz: TimeZoneMode;
  isDeletedChat: boolean;
  onChatStep?: (step: 1 | -1) => void;
};

const hashTarget = () =>
  typeof window !== "undefined" && window.location.hash.startsWith("#msg-")
    ? decodeURIComponent(window.location.hash.slice(5))
    : null;

/**
 * A virtualised transcript: only the messages on screen are in the DOM, pages load ahead of the scroll position,
 * and find / permalinks / j-k work over every message loaded so far (loading more to reach a permalink).
 */
export function TranscriptReader({
  messages,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
  tz,
  isDeletedChat,
  onChatStep,
}: TranscriptReaderProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<number | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [wantsEnd, setWantsEnd] = useState(false);
  const fillHeight = useFillHeight(scrollRef);

  // Until the box is measured (on the server, and in the hydrating render) assume a typical height (28rem), so
  // the server HTML already holds the first messages of a prefetched page instead of none.
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 140,
    overscan: 6,
    initialRect: { width: 0, height: 448 },
  });
  const items = virtualizer.getVirtualItems();
  const lastVisible = items.at(-1)?.index ?? -1;

  const histories = useMemo(() => artifactHistories(messages.flatMap((m) => m.artifacts)), [messages]);
  const versionOf = useCallback(
    (artifactId: string, versionId: string) =>
      (histories.find((h) => h.id === artifactId)?.versions.findIndex((v) => v.versionId === versionId) ?? 0) + 1,
    [histories],
  );

  const aims = useRef<ReturnType<typeof setTimeout>[]>([]);
  const find = useTranscriptFind({
    messages,
    scrollRef,
    firstVisible: () => virtualizer.getVirtualItems().find((v) => v.end > (virtualizer.scrollOffset ?? 0))?.index ?? 0,
    scrollToMessage: (index) => virtualizer.scrollToIndex(index, { align: "start" }),
    setActive,
    cancelAims: () => aims.current.forEach(clearTimeout),
  });
  const { stopReveal } = find;
  const goTo = useCallback(
    (index: number) => {
      setActive(index);
      // Unmeasured rows between here and there have estimated heights: aim again once they have rendered. A new
      // jump cancels the re-aims of the last one, which would otherwise pull the view back there.
      aims.current.forEach(clearTimeout);
      stopReveal();
      const aim = () => virtualizer.scrollToIndex(index, { align: "start" });
      aim();
      aims.current = [setTimeout(aim, 80), setTimeout(aim, 300)];
    },
    [virtualizer, stopReveal],
  );

  // Prefetch ahead: within 50 messages of what is loaded, the next page is requested.
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastVisible >= messages.length - 50) void fetchNextPage();
  }, [lastVisible, messages.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  // Permalinks: `#msg-<id>` on load and on hash change; keep loading pages until the message is found.
  useEffect(() => {
    const onHash = () => setTarget(hashTarget());
    onHash();
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  useEffect(() => {
    if (!target) return;
    const index = messages.findIndex((m) => m.id === target);
    if (index >= 0) {
      goTo(index);
      setTarget(null);
    } else if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [target, messages, hasNextPage, isFetchingNextPage, fetchNextPage, goTo]);

  // "Jump to end" loads every remaining page, then scrolls to the last message.
  useEffect(() => {
    if (!wantsEnd) return;
    if (hasNextPage) {
      if (!isFetchingNextPage) void fetchNextPage();
      return;
    }
    // Rows measured on the way change the offsets: aim again once they have rendered. (Not cleared on re-run: the
    // effect re-runs as soon as wantsEnd resets, and the second aim must still happen.)
    const last = messages.length - 1;
    virtualizer.scrollToIndex(last, { align: "end" });
    for (const ms of [80, 300]) setTimeout(() => virtualizer.scrollToIndex(last, { align: "end" }), ms);
    setActive(last);
    setWantsEnd(false);
  }, [wantsEnd, hasNextPage, isFetchingNextPage, fetchNextPage, messages.length, virtualizer]);

  useReaderKeys({
    onFind: find.open,
    onStep: (step) => goTo(Math.min(Math.max((active ?? -1) + step, 0), messages.length - 1)),
    onChat: (step) => onChatStep?.(step),
  });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted" data-testid="message-count">
          {messages.length.toLocaleString("en")} message{messages.length === 1 ? "" : "s"} loaded
          {hasNextPage ? ", more to come" : ""}
          {isFetchingNextPage ? " · loading…" : ""}
        </p>
        <div className="flex items-center gap-2">
          {find.isOpen ? (
            <FindBox
              query={find.query}
              onQuery={find.onQuery}
              matchCount={find.total}
              current={find.current}
              onNext={find.step}
              onClose={find.close}
              focusTick={find.focusTick}
            />
          ) : (
            <button
              type="button"
              onClick={find.open}
              className="rounded-md border border-line-strong bg-surface px-2.5 py-1 text-sm text-fg hover:bg-surface-2"
            >
              Find <kbd className="ml-1 text-xs text-subtle">Ctrl F</kbd>
            </button>
          )}
          <button
            type="button"
            onClick={() => goTo(0)}
            className="rounded-md border border-line-strong bg-surface px-2.5 py-1 text-sm text-fg hover:bg-surface-2"
          >
            Top
          </button>
          <button
            type="button"
            onClick={() => setWantsEnd(true)}
            className="rounded-md border border-line-strong bg-surface px-2.5 py-1 text-sm text-fg hover:bg-surface-2"
            data-testid="jump-to-end"
          >
            {wantsEnd ? "Loading…" : "End"}
          </button>
        </div>
      </div>
      {histories.some((h) => h.versions.length > 1) ? <ArtifactCompare histories={histories} /> : null}
      <div
        ref={scrollRef}
        style={fillHeight ? { height: fillHeight } : undefined}
        className="h-[max(20rem,calc(100dvh-17rem))] overflow-auto rounded-xl border border-line bg-canvas"
        data-testid="transcript-scroll"
        tabIndex={0}
        aria-label="Messages"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          <div
            style={{
              position: "absolute",
              top: 0,
              left: 0,
              right: 0,
              transform: `translateY(${items[0]?.start ?? 0}px)`,
            }}
          >
            {items.map((v) => {
              const marks = find.marksFor(v.index);
              return (
                <div
                  key={messages[v.index].id}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  className="px-3 py-1.5 sm:px-4"
                >
                  <MessageItem
                    message={messages[v.index]}
                    tz={tz}
                    isActive={v.index === active}
                    isDeletedChat={isDeletedChat}
                    versionOf={versionOf}
                    findNeedle={marks?.needle ?? ""}
                    findCurrent={marks?.current ?? -1}
                  />
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <p className="text-xs text-subtle">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous message ·{" "}
        {onChatStep ? (
          <>
            <kbd>[</kbd>/<kbd>]</kbd> previous/next chat ·{" "}
          </>
        ) : null}
        <kbd>Ctrl</kbd>+<kbd>F</kbd> find
      </p>
    </div>
  );
}
