import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInUrl } from "@/lib/urls/safe-callback-url";
import { PATH_HEADER } from "@/lib/urls/request-path";
import type { Refusal } from "@/lib/schemas/refusal";
import { recordAudit } from "../audit/append-audit";
import type { AuditContext } from "../audit/audit-input";
import { createId } from "../db/ids";
import { getDb } from "../db";
import { getCurrentActor, type CurrentActor } from "./current-actor";
import { landingFor } from "./landing";
import { requestMetaFromNext } from "./request-meta";
import { isCapability } from "@/lib/schemas/capabilities";
import { AUDITED_DENIALS, CAPABILITIES, can, type Capability } from "./roles";

// Kept for callers holding a plain string (a URL, a claim); nav entries are typed `Capability` already.
export { isCapability } from "@/lib/schemas/capabilities";

/** The page being rendered, as proxy.ts recorded it ("/" when unknown). */
export async function currentPagePath(): Promise<string> {
  return (await headers()).get(PATH_HEADER) ?? "/";
}

/**
 * For console layouts and pages: the signed-in user, or a redirect to /sign-in that comes back here.
 * The proxy already redirects signed-out visitors; this also catches a disabled user or a stale cookie.
 */
export async function requireSignedIn(): Promise<CurrentActor> {
  const current = await getCurrentActor();
  if (!current) redirect(signInUrl(await currentPagePath()));
  return current;
}

export type PageAccess = {
  current: CurrentActor;
  allowed: boolean;
  /** Roles that do hold the capability, for the "not allowed" message. */
  grantedTo: readonly string[];
  /** The refusal was written to the audit trail. */
  isDenialRecorded: boolean;
  /** What the "not allowed" page tells the user: the roles that open the page, theirs, and where their work is. */
  refusal: Refusal;
};

/**
 * For pages behind a capability. A refusal is not a redirect: the page shows "not allowed" (the user
 * should know the page exists and why it is closed). Refusals of audited capabilities (the trail,
 * custodian content…) are written to the audit trail, as withRoute does for API routes.
 */
export async function requireCapabilityForPage(capability: Capability): Promise<PageAccess> {
  const current = await requireSignedIn();
  const allowed = can(current.actor.roles, capability);
  const action = AUDITED_DENIALS[capability];
  if (!allowed && action) {
    await recordAudit(
      {
        ...(await pageAuditContext(current)),
        action,
        outcome: "denied",
        details: { capability, page: await currentPagePath() },
      },
      { db: await getDb() },
    );
  }
  const grantedTo = CAPABILITIES[capability].roles;
  const isDenialRecorded = !allowed && action !== undefined;
  return {
    current,
    allowed,
    grantedTo,
    isDenialRecorded,
    refusal: {
      capability,
      roles: grantedTo,
      heldRoles: current.actor.roles,
      isRecorded: isDenialRecorded,
      home: landingFor(current.actor.roles),
    },
  };
}

/** Nav entries this user may see: no capability, or one their roles grant (unknown names stay hidden). */
export function visibleNavHrefs(
  items: readonly { href: string; capability?: Capability }[],
  roles: CurrentActor["actor"]["roles"],
): string[] {
  return items
    .filter((i) => i.capability === undefined || (isCapability(i.capability) && can(roles, i.capability)))
    .map((i) => i.href);
}

/** Audit facts for an entry written by a page (e.g. `audit.view`): who, under which purpose, from where. */
export async function pageAuditContext({ actor, purpose }: CurrentActor): Promise<AuditContext> {
  return {
    actor: { id: actor.id, email: actor.email, roles: actor.roles },
    purpose: purpose && { id: purpose.id, reference: purpose.reference, reason: purpose.reason },
    requestId: createId("req"),
    ...(await requestMetaFromNext()),
  };
}
