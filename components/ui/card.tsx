import type { ComponentType, ReactNode, SVGProps } from "react";

/** A titled panel. `titleId` links the heading to the section for screen readers. */
export function Card({
  title,
  titleId,
  Icon,
  actions,
  children,
  className = "",
}: {
  title: string;
  titleId: string;
  Icon?: ComponentType<SVGProps<SVGSVGElement>>;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={titleId}
      className={`flex flex-col rounded-xl border border-line bg-surface shadow-card ${className}`}
    >
      <header className="flex items-center justify-between gap-3 border-b border-line px-5 py-3">
        <h2 id={titleId} className="flex items-center gap-2 text-sm font-semibold text-fg">
          {Icon ? <Icon className="text-subtle" /> : null}
          {title}
        </h2>
        {actions}
      </header>
      <div className="flex-1 px-5 py-4">{children}</div>
    </section>
  );
}

/** A label/value row inside a card, rendered as a description list entry. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-4 py-2 first:pt-0 last:pb-0">
      <dt className="shrink-0 text-sm text-muted">{label}</dt>
      <dd className="min-w-0 text-right text-sm text-fg">{children}</dd>
    </div>
  );
}
