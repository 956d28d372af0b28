import { NotAllowed as RoleRefusal, type Refusal } from "@/components/auth/not-allowed";

/**
 * Shown instead of custodian content (or the activity feed) to roles that cannot read it: which roles can, and a
 * way to the user's own work. The refusal is audited by the page (requireInvestigatorPage).
 */
export function NotAllowed({ page = "Investigate", refusal }: { page?: string; refusal: Refusal }) {
  return <RoleRefusal page={page} refusal={refusal} />;
}
