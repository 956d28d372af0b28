"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { activityHistogramQuery, activityListQuery, activityTypesQuery } from "@/lib/queries/activity";
import type { ActivityDto } from "@/lib/schemas/investigate";
import { Badge } from "@/components/ui/badge";
import { LoadMoreButton } from "@/components/ui/load-more-button";
import { CustodianPicker } from "@/components/investigate/custodian-picker";
import { DateRangePicker } from "@/components/investigate/date-range-picker";
import { formatDateTime } from "@/components/ui/format-time";
import { parseInvestigateParams } from "@/lib/urls/investigate-url";
import { QueryError } from "@/components/ui/query-error";
import { useDebounced } from "@/components/ui/use-debounced";
import { activityFilterOf, parseActivitySelection, selectionOf, selectionParams } from "./activity-url";
import { EventDrawer } from "./event-drawer";
import { Histogram } from "./histogram";
import { TypeFilter } from "./type-filter";
import { useActivityState } from "./use-activity-state";

/** The organization's activity feed: filter by event types, actor and window; histogram of what matches; drawer per event. */
export function ActivityFeed() {
  const id = useId();
  const { state, params, navigate } = useActivityState();
  const includeApi = params.get("api") === "1";
  const types = useQuery(activityTypesQuery());
  const selection = parseActivitySelection(params);
  // Quick successive changes (ticking three boxes) read the feed once, for where they settle: every read costs
  // upstream budget (a histogram is up to ten calls) and an audit entry, and an aborted fetch still runs on the server.
  const settled = useDebounced(params.toString(), 400);
  const filter = useMemo(() => {
    const p = new URLSearchParams(settled);
    return activityFilterOf(parseInvestigateParams(p, new Date()), p);
  }, [settled]);
  const histogram = useQuery(activityHistogramQuery(filter));
  const list = useInfiniteQuery(activityListQuery(filter));
  const [open, setOpen] = useState<ActivityDto | null>(null);
  const events = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="space-y-5">
      <div className="grid gap-5 rounded-xl border border-line bg-surface p-5 shadow-card lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-4">
          <CustodianPicker value={state.userIds} onChange={(userIds) => navigate((s) => ({ ...s, userIds }))} />
          <TypeFilter
            areas={types.data?.areas}
            value={selection}
            onChange={(update) =>
              navigate(
                (s) => s,
                (extra) => selectionParams(update(selectionOf(extra))),
              )
            }
          />
          <label className="inline-flex items-center gap-2 text-sm text-muted">
            <input
              type="checkbox"
              checked={includeApi}
              onChange={(e) => navigate((s) => s, { api: e.target.checked ? "1" : null })}
              className="size-4 accent-accent"
            />
            Include Compliance API access
          </label>
        </div>
        <DateRangePicker value={state} onChange={(w) => navigate((s) => ({ ...s, ...w }))} />
      </div>
      <section aria-label="Events over time" className="rounded-xl border border-line bg-surface p-5 shadow-card">
        {histogram.isPending ? (
          <div
            className="h-32 animate-pulse rounded-md bg-surface-2"
            aria-busy="true"
            aria-label="Loading the histogram"
          />
        ) : null}
        {histogram.isError ? (
          <QueryError error={histogram.error} onRetry={() => void histogram.refetch()} what="the histogram" />
        ) : null}
        {histogram.isSuccess ? <Histogram data={histogram.data} tz={state.tz} /> : null}
      </section>
      <section
        aria-labelledby={`${id}-events`}
        className="overflow-hidden rounded-xl border border-line bg-surface shadow-card"
      >
        <h2 id={`${id}-events`} className="border-b border-line px-5 py-3 text-sm font-semibold text-fg">
          Events
        </h2>
        {list.isPending ? <p className="px-5 py-4 text-sm text-muted">Loading events…</p> : null}
        {list.isError ? (
          <div className="p-5">
            <QueryError error={list.error} onRetry={() => void list.refetch()} what="events" />
          </div>
        ) : null}
        {list.isSuccess && events.length === 0 ? (
          <p className="px-5 py-10 text-center text-sm text-muted">
            No events match. Widen the window or clear the filters.
          </p>
        ) : null}
        <ul className="divide-y divide-line">
          {events.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                onClick={() => setOpen(e)}
                className="grid w-full grid-cols-[11rem_minmax(0,1fr)_minmax(0,14rem)] items-center gap-3 px-5 py-2 text-left text-sm hover:bg-surface-2"
                data-testid="activity-row"
              >
                <span className="text-muted tabular-nums">{formatDateTime(e.createdAt, state.tz)}</span>
                <span className="flex min-w-0 items-center gap-2">
                  <Badge>{e.areaLabel}</Badge>
                  <span className="truncate font-mono text-xs text-fg">{e.type}</span>
                </span>
                <span className="truncate text-muted">{e.actor.label}</span>
              </button>
            </li>
          ))}
        </ul>
        {list.hasNextPage ? (
          <div className="border-t border-line px-5 py-2.5 text-right">
            <LoadMoreButton onLoadMore={list.fetchNextPage} isLoading={list.isFetchingNextPage} />
          </div>
        ) : null}
      </section>
      {open ? <EventDrawer event={open} tz={state.tz} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
