import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Refusal } from "@/components/auth/not-allowed";
import { signInUrl } from "@/components/auth/safe-callback-url";
import type { ConsoleShellProps } from "@/components/shell/console-shell";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { PATH_HEADER } from "@/components/shell/request-path";
import { THEME_COOKIE, parseThemeChoice } from "@/components/theme/theme";
import { recordAudit } from "../audit/append-audit";
import type { AuditContext } from "../audit/audit-input";
import { createId } from "../db/ids";
import { getDb } from "../db";
import { getCurrentActor, type CurrentActor } from "./current-actor";
import { landingFor } from "./landing";
import { requestMetaFromNext } from "./request-meta";
import { AUDITED_DENIALS, CAPABILITIES, CAPABILITY_NAMES, can, type Capability } from "./roles";

/** Narrows a string (e.g. a nav entry's `capability`) to a known capability, without a cast. */
export function isCapability(value: string): value is Capability {
  return CAPABILITY_NAMES.some((name) => name === value);
}

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
  items: readonly { href: string; capability?: string }[],
  roles: CurrentActor["actor"]["roles"],
): string[] {
  return items
    .filter((i) => i.capability === undefined || (isCapability(i.capability) && can(roles, i.capability)))
    .map((i) => i.href);
}

/** What the console shell (top bar, nav) shows this user: the console layout's and the signed-in 404 page's. */
export async function consoleShellOf({ actor, purpose }: CurrentActor): Promise<ConsoleShellProps> {
  return {
    theme: parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value),
    user: { name: actor.name, email: actor.email, roles: actor.roles },
    // Only investigators state a purpose; others never see the badge.
    purpose: can(actor.roles, "custodian:read")
      ? purpose && { reference: purpose.reference, reason: purpose.reason }
      : undefined,
    visibleHrefs: visibleNavHrefs(NAV_ITEMS, actor.roles),
  };
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
