import type { ReactNode } from "react";
import { AlertIcon } from "./icons";

const TONES = {
  danger: { box: "border-danger-line bg-danger-soft", title: "text-danger" },
  warning: { box: "border-warning-line bg-warning-soft", title: "text-warning" },
} as const;

/** A boxed message with a title, for states that need the reader to act. */
export function Callout({
  tone,
  title,
  children,
  testId,
}: {
  tone: keyof typeof TONES;
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  const colors = TONES[tone];
  return (
    <div data-testid={testId} className={`flex gap-3 rounded-xl border px-4 py-3.5 text-sm ${colors.box}`}>
      <AlertIcon className={`mt-0.5 shrink-0 ${colors.title}`} width={18} height={18} />
      <div className="space-y-1">
        <p className={`font-semibold ${colors.title}`}>{title}</p>
        {children}
      </div>
    </div>
  );
}

export function InlineCode({ children }: { children: string }) {
  return <code className="rounded bg-surface px-1.5 py-0.5 font-mono text-[12.5px] text-fg">{children}</code>;
}
