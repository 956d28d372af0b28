import { expect, test } from "vitest";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import type { Capability } from "@/lib/schemas/capabilities";
import { isCapability, visibleNavHrefs } from "@/lib/server/auth/page-access";

test("every nav entry names a capability that exists", () => {
  for (const item of NAV_ITEMS)
    if (item.capability !== undefined) expect(isCapability(item.capability), item.href).toBe(true);
});

test("shows each role only the sections its capabilities open; the overview to everyone", () => {
  expect(visibleNavHrefs(NAV_ITEMS, ["analyst"])).not.toContain("/audit");
  expect(visibleNavHrefs(NAV_ITEMS, ["analyst"])).not.toContain("/admin/users");
  expect(visibleNavHrefs(NAV_ITEMS, ["auditor"])).toContain("/audit");
  expect(visibleNavHrefs(NAV_ITEMS, ["admin"])).toContain("/admin/users");
  expect(visibleNavHrefs(NAV_ITEMS, ["admin", "auditor"])).toEqual(
    expect.arrayContaining(["/overview", "/audit", "/admin/users"]),
  );
  for (const role of ["analyst", "legal", "admin", "auditor"] as const)
    expect(visibleNavHrefs(NAV_ITEMS, [role])).toContain("/overview");
});

test("an entry with an unknown capability does not compile, and is hidden from everyone", () => {
  const items: { href: string; capability?: Capability }[] = [
    // @ts-expect-error -- NavItem.capability is typed: an unknown name is a compile error …
    { href: "/x", capability: "made:up" },
  ];
  // … and should one slip through (a cast, untyped data), the entry still stays hidden.
  expect(visibleNavHrefs(items, ["analyst", "legal", "admin", "auditor"])).toEqual([]);
});
