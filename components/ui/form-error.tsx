import type { ReactNode } from "react";
import { AlertIcon } from "./icons";

/**
 * A form-level failure (not tied to one field). Not role="alert": Next injects its own alert region
 * (STACK.md pitfall 2), so e2e specs find it by `testId`; wrap it in aria-live where it must be announced.
 */
export function FormError({ id, testId, children }: { id?: string; testId: string; children: ReactNode }) {
  return (
    <p
      id={id}
      data-testid={testId}
      className="flex items-start gap-2 rounded-lg border border-danger-line bg-danger-soft px-3 py-2.5 text-[13px] font-medium text-danger"
    >
      <AlertIcon className="mt-px shrink-0" />
      {children}
    </p>
  );
}
