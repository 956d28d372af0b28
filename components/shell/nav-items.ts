import type { ComponentType, SVGProps } from "react";
import type { Capability } from "@/lib/schemas/capabilities";
import { ActivityIcon, AuditTrailIcon, InvestigateIcon, OverviewIcon, UsersIcon } from "@/components/ui/icons";

export interface NavItem {
  href: string;
  label: string;
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** Extra path prefixes that should highlight this entry (e.g. detail pages). */
  matches?: string[];
  /**
   * Capability (lib/schemas/capabilities.ts) needed to see the entry; none = every signed-in user.
   * Checked on the server (the console layout); typed, so an unknown name does not compile.
   */
  capability?: Capability;
}

/**
 * The console's sections. Only sections that exist are listed: a page adds its entry here when it
 * ships, so the nav never shows placeholders. Hiding an entry is cosmetic: the page and its routes
 * check the capability themselves.
 */
export const NAV_ITEMS: NavItem[] = [
  { href: "/overview", label: "Overview", Icon: OverviewIcon },
  {
    href: "/investigate",
    label: "Investigate",
    Icon: InvestigateIcon,
    capability: "custodian:read",
    matches: ["/chats", "/projects", "/sessions"],
  },
  { href: "/activity", label: "Activity", Icon: ActivityIcon, capability: "activity:read" },
  { href: "/audit", label: "Audit trail", Icon: AuditTrailIcon, capability: "audit:read" },
  { href: "/admin/users", label: "Users", Icon: UsersIcon, capability: "users:manage", matches: ["/admin"] },
];

/** True when `pathname` belongs to `item` ("/" matches only itself; other entries match their subtree). */
export function isNavItemActive(item: NavItem, pathname: string): boolean {
  const prefixes = [item.href, ...(item.matches ?? [])];
  return prefixes.some((prefix) =>
    prefix === "/" ? pathname === "/" : pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
}
