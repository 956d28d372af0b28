import { expect, test } from "vitest";
import { NAV_ITEMS } from "@/components/shell/nav-items";
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

test("an entry with an unknown capability is hidden from everyone", () => {
  const items = [{ href: "/x", capability: "made:up" }];
  expect(visibleNavHrefs(items, ["analyst", "legal", "admin", "auditor"])).toEqual([]);
});
