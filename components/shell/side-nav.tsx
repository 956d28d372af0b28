"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NAV_ITEMS, isNavItemActive } from "./nav-items";

/**
 * Primary navigation; a vertical list on wide screens, a horizontal strip on narrow ones. `visibleHrefs`
 * is decided on the server from the user's capabilities (icons cannot cross to the client as props).
 */
export function SideNav({
  orientation,
  visibleHrefs,
}: {
  orientation: "vertical" | "horizontal";
  visibleHrefs: readonly string[];
}) {
  const pathname = usePathname();
  const vertical = orientation === "vertical";
  const items = NAV_ITEMS.filter((item) => visibleHrefs.includes(item.href));
  return (
    <nav aria-label="Primary">
      <ul className={vertical ? "flex flex-col gap-0.5" : "flex gap-1 overflow-x-auto"}>
        {items.map((item) => {
          const isActive = isNavItemActive(item, pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isActive ? "page" : undefined}
                className={[
                  "flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap",
                  "text-muted transition-colors hover:bg-surface-2 hover:text-fg",
                  "aria-[current=page]:bg-surface-2 aria-[current=page]:text-fg",
                ].join(" ")}
              >
                <item.Icon className="shrink-0" />
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
