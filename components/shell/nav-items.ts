import type { ComponentType, SVGProps } from "react";
import { OverviewIcon } from "@/components/ui/icons";

export interface NavItem {
  href: string;
  label: string;
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** Extra path prefixes that should highlight this entry (e.g. detail pages). */
  matches?: string[];
}

/**
 * The console's sections. Only sections that exist are listed: a page adds its entry here when it
 * ships, so the nav never shows placeholders.
 */
export const NAV_ITEMS: NavItem[] = [{ href: "/", label: "Overview", Icon: OverviewIcon }];

/** True when `pathname` belongs to `item` ("/" matches only itself; other entries match their subtree). */
export function isNavItemActive(item: NavItem, pathname: string): boolean {
  const prefixes = [item.href, ...(item.matches ?? [])];
  return prefixes.some((prefix) =>
    prefix === "/" ? pathname === "/" : pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
}
