import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "accent" | "success" | "danger" | "warning";

const TONES: Record<BadgeTone, string> = {
  neutral: "border-line bg-surface-2 text-muted",
  accent: "border-transparent bg-accent-soft text-accent-text",
  success: "border-success-line bg-success-soft text-success",
  danger: "border-danger-line bg-danger-soft text-danger",
  warning: "border-warning-line bg-warning-soft text-warning",
};

export function Badge({
  tone = "neutral",
  children,
  mono = false,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  mono?: boolean;
}) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${
        mono ? "font-mono text-[11px]" : ""
      } ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}

/** A coloured dot plus text; the text carries the meaning so colour is never the only signal. */
export function StatusDot({
  tone,
  children,
}: {
  tone: "success" | "danger" | "warning" | "neutral";
  children: ReactNode;
}) {
  const dot = { success: "bg-success", danger: "bg-danger", warning: "bg-warning", neutral: "bg-subtle" }[tone];
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden="true" className={`size-2 rounded-full ${dot}`} />
      {children}
    </span>
  );
}
