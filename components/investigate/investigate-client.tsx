"use client";

import type { ChatSort } from "@/lib/schemas/investigate";
import { ChatList } from "./chat-list";
import { FilterBar, NoCustodians } from "./filter-bar";
import { useInvestigateState } from "./use-investigate-state";

/** The workspace: every control writes the URL, and the list reads only the URL, so a link reproduces the view. */
export function InvestigateClient() {
  const { state, navigate, params, pathname } = useInvestigateState();
  const sort: ChatSort = params.get("sort") === "updated_at" ? "updated_at" : "created_at";
  return (
    <div className="space-y-5">
      <FilterBar />
      {state.userIds.length === 0 ? (
        <NoCustodians what="chats" />
      ) : (
        <ChatList
          userIds={state.userIds}
          from={state.from}
          to={state.to}
          sort={sort}
          tz={state.tz}
          onSortChange={(s) => navigate((s) => s, { sort: s === "updated_at" ? s : null })}
          backHref={`${pathname}?${params.toString()}`}
        />
      )}
    </div>
  );
}
