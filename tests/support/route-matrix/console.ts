import type { MatrixContext, RouteCase } from "./types";

/** Sign-in, purpose, user administration and audit routes (issue #4). */
export const CONSOLE_ROUTE_CASES: RouteCase[] = [
  {
    file: "app/api/purpose/route.ts",
    method: "GET",
    path: "/api/purpose",
    allowed: ["analyst", "legal", "admin", "auditor"],
    needsPurpose: false,
  },
  {
    file: "app/api/purpose/route.ts",
    method: "POST",
    path: "/api/purpose",
    body: { reference: "MATRIX-1", reason: "Route matrix: stating a purpose" },
    allowed: ["analyst", "legal"],
    needsPurpose: false,
  },
  { file: "app/api/users/route.ts", method: "GET", path: "/api/users", allowed: ["admin"], needsPurpose: false },
  {
    file: "app/api/users/route.ts",
    method: "POST",
    path: "/api/users",
    body: (ctx: MatrixContext) => ({
      email: `matrix-${ctx.unique()}@example.com`,
      name: "Matrix User",
      roles: ["analyst"],
    }),
    allowed: ["admin"],
    needsPurpose: false,
  },
  {
    file: "app/api/users/[userId]/route.ts",
    method: "PATCH",
    path: (ctx) => `/api/users/${ctx.ids.spareUserId}`,
    body: { roles: ["analyst", "legal"] },
    allowed: ["admin"],
    needsPurpose: false,
  },
  {
    // issue 10 §1: only an admin may sign another user out everywhere.
    file: "app/api/users/[userId]/sessions/route.ts",
    method: "DELETE",
    path: (ctx) => `/api/users/${ctx.ids.spareUserId}/sessions`,
    allowed: ["admin"],
    needsPurpose: false,
  },
  {
    file: "app/api/users/[userId]/sign-in-lock/route.ts",
    method: "GET",
    path: (ctx) => `/api/users/${ctx.ids.spareUserId}/sign-in-lock`,
    allowed: ["admin"],
    needsPurpose: false,
  },
  {
    file: "app/api/users/[userId]/sign-in-lock/route.ts",
    method: "DELETE",
    path: (ctx) => `/api/users/${ctx.ids.spareUserId}/sign-in-lock`,
    allowed: ["admin"],
    needsPurpose: false,
  },
  {
    file: "app/api/audit/route.ts",
    method: "GET",
    path: "/api/audit?limit=5",
    allowed: ["auditor"],
    needsPurpose: false,
  },
  {
    file: "app/api/audit/export/route.ts",
    method: "GET",
    path: "/api/audit/export?format=ndjson",
    allowed: ["auditor"],
    needsPurpose: false,
  },
  {
    file: "app/api/audit/verify/route.ts",
    method: "GET",
    path: "/api/audit/verify",
    allowed: ["auditor"],
    needsPurpose: false,
  },
];
