/**
 * Class names for form controls shared by the form primitives (form-field.tsx) and the sign-in, purpose,
 * admin and audit screens, so every input and button has the same height, focus ring and disabled look.
 */
export const LABEL = "block text-[13px] font-medium text-fg";
export const HINT = "mt-1 text-xs text-muted";
export const INPUT = [
  "mt-1.5 block h-9 w-full rounded-lg border border-line-strong bg-surface px-3 text-sm",
  "text-fg shadow-[inset_0_1px_1px_var(--shadow-tint)] placeholder:text-subtle",
  "focus:border-accent focus:outline-2 focus:outline-offset-0 focus:outline-ring/40",
  "aria-[invalid=true]:border-danger disabled:opacity-60",
].join(" ");
export const TEXTAREA = INPUT.replace("h-9", "min-h-24 py-2 leading-relaxed");
export const BUTTON_PRIMARY = [
  "inline-flex h-9 items-center justify-center gap-2 rounded-lg bg-accent px-4 text-sm",
  "font-medium text-accent-fg shadow-card transition-opacity hover:opacity-90",
  "disabled:cursor-not-allowed disabled:opacity-60",
].join(" ");
export const BUTTON_SECONDARY = [
  "inline-flex h-9 items-center justify-center gap-2 rounded-lg border border-line-strong",
  "bg-surface px-3.5 text-sm font-medium text-fg shadow-card transition-colors",
  "hover:bg-surface-2 disabled:cursor-not-allowed disabled:opacity-60",
].join(" ");
export const BUTTON_DANGER = [
  "inline-flex h-8 items-center justify-center gap-2 rounded-lg border border-danger-line",
  "bg-danger-soft px-3 text-[13px] font-medium text-danger transition-colors",
  "hover:brightness-95 disabled:cursor-not-allowed disabled:opacity-60",
].join(" ");
export const FIELD_ERROR = "mt-1.5 text-xs font-medium text-danger";
/** The small bordered button in a callout or a list footer; padding is the caller's (px-2.5 in callouts, px-3 in footers). */
export const BUTTON_INLINE =
  "rounded-md border border-line-strong bg-surface py-1 text-sm font-medium text-fg hover:bg-surface-2";
