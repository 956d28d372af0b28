import { expect, test } from "vitest";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { landingFor, OVERVIEW } from "@/lib/server/auth/landing";
import { visibleNavHrefs } from "@/lib/server/auth/page-access";

test("each role lands where its work is", () => {
  expect(landingFor(["analyst"]).href).toBe("/investigate");
  expect(landingFor(["legal"]).href).toBe("/investigate");
  expect(landingFor(["admin"]).href).toBe("/admin/users");
  expect(landingFor(["auditor"]).href).toBe("/audit");
});

test("several roles land on the first of Investigate, Users, the audit trail", () => {
  expect(landingFor(["auditor", "admin"]).href).toBe("/admin/users");
  expect(landingFor(["auditor", "legal"]).href).toBe("/investigate");
  expect(landingFor(["admin", "analyst", "auditor"]).href).toBe("/investigate");
  expect(landingFor([])).toEqual(OVERVIEW);
});

test("every landing is a nav entry the role sees, and the overview stays in the nav", () => {
  for (const role of ["analyst", "legal", "admin", "auditor"] as const) {
    const hrefs = visibleNavHrefs(NAV_ITEMS, [role]);
    expect(hrefs).toContain(landingFor([role]).href);
    expect(hrefs).toContain(OVERVIEW.href);
  }
});
