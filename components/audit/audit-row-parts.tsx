import { ChevronRightIcon } from "@/components/ui/icons";

export const OUTCOME_TONE = { success: "success", denied: "warning", failure: "danger" } as const;

/** The chevron that opens a row; `label` ends in "details" for every row, single or grouped. */
export function ExpandButton({
  isOpen,
  controls,
  label,
  onToggle,
}: {
  isOpen: boolean;
  controls: string;
  label: string;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      aria-expanded={isOpen}
      aria-controls={controls}
      aria-label={label}
      onClick={onToggle}
      className="grid size-6 place-items-center rounded-md text-subtle hover:bg-surface-2 hover:text-fg"
    >
      <ChevronRightIcon className={`transition-transform ${isOpen ? "rotate-90" : ""}`} />
    </button>
  );
}
