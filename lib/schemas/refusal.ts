import type { Role } from "./auth";
import type { Capability } from "./capabilities";

/** Why a page is closed to this user, as requireCapabilityForPage works it out; the "not allowed" page shows it. */
export type Refusal = {
  capability: Capability;
  /** Roles that open the page. */
  roles: readonly Role[];
  /** The user's own roles. */
  heldRoles: readonly Role[];
  /** The refusal was written to the audit trail. */
  isRecorded: boolean;
  /** Where this user's own work is (their landing page). */
  home: { href: string; label: string };
};
