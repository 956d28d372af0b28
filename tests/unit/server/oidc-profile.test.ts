import { describe, expect, it } from "vitest";
import { claimAt, profileFromClaims, rolesFromClaim } from "@/lib/server/auth/oidc-profile";

describe("OIDC role claim mapping", () => {
  it("accepts arrays and space- or comma-separated strings, ignoring unknown values", () => {
    expect(rolesFromClaim(["legal", "analyst", "Domain Admins"])).toEqual(["analyst", "legal"]);
    expect(rolesFromClaim("auditor  Admin,analyst")).toEqual(["admin", "analyst", "auditor"]);
    expect(rolesFromClaim(["ANALYST", "analyst", 7, null])).toEqual(["analyst"]);
    expect(rolesFromClaim(undefined)).toEqual([]);
    expect(rolesFromClaim({ role: "admin" })).toEqual([]);
  });

  it("reads nested and namespaced claims", () => {
    const claims = { realm_access: { roles: ["legal"] }, "https://custody.example/roles": ["admin"] };
    expect(claimAt(claims, "realm_access.roles")).toEqual(["legal"]);
    expect(claimAt(claims, "https://custody.example/roles")).toEqual(["admin"]);
    expect(claimAt(claims, "missing.path")).toBeUndefined();
  });

  it("maps ID-token claims to a Custody profile", () => {
    expect(
      profileFromClaims(
        { sub: "00u1", email: "Ned@Westeros.INC", email_verified: "true", name: " Ned ", custody_roles: "legal" },
        "custody_roles",
      ),
    ).toEqual({ id: "00u1", email: "ned@westeros.inc", emailVerified: true, name: "Ned", roles: ["legal"] });
    expect(profileFromClaims({ sub: "s2", preferred_username: "jon" }, "groups")).toEqual({
      id: "s2",
      email: null,
      emailVerified: null,
      name: "jon",
      roles: [],
    });
    expect(() => profileFromClaims({ email: "x@y.z" }, "custody_roles")).toThrow();
  });
});
