import type { ActivityHistogramDto } from "@/lib/schemas/investigate";
import { formatDateTime } from "@/components/ui/format-time";
import type { TimeZoneMode } from "@/lib/urls/investigate-url";

const W = 960;
const H = 120;

/** Events over time as SVG bars; each bar has a tooltip and the whole chart a text summary for screen readers. */
export function Histogram({ data, tz }: { data: ActivityHistogramDto; tz: TimeZoneMode }) {
  const max = Math.max(1, ...data.buckets.map((b) => b.count));
  const barW = W / Math.max(1, data.buckets.length);
  return (
    <figure className="space-y-1" data-testid="activity-histogram">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-32 w-full"
        role="img"
        aria-label={`${data.total} events between ${formatDateTime(data.from, tz)} and ${formatDateTime(data.to, tz)}`}
        preserveAspectRatio="none"
      >
        {data.buckets.map((b, i) => {
          const h = b.count === 0 ? 0 : Math.max(2, (b.count / max) * (H - 4));
          return (
            <rect
              key={b.start}
              x={i * barW + 1}
              y={H - h}
              width={Math.max(1, barW - 2)}
              height={h}
              rx={1.5}
              className="fill-accent"
            >
              <title>{`${b.count} events from ${formatDateTime(b.start, tz)}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="flex justify-between text-xs text-subtle tabular-nums">
        <span>{formatDateTime(data.from, tz)}</span>
        <span>
          {data.total.toLocaleString("en")} events
          {data.partial ? ` (exact from ${formatDateTime(data.completeFrom, tz)})` : ""}
        </span>
        <span>{formatDateTime(data.to, tz)}</span>
      </figcaption>
    </figure>
  );
}
