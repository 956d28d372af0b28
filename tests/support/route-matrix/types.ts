import type { SimStore } from "@/lib/simulator";

/** The console roles, as the matrix names them. */
export type MatrixRole = "analyst" | "legal" | "admin" | "auditor";
export const MATRIX_ROLES: readonly MatrixRole[] = ["analyst", "legal", "admin", "auditor"];

/**
 * What a case can build its path and body from: the simulator's seeded landmarks (and its store, for
 * ids the landmarks do not name) and the database rows created in setup.
 */
export type MatrixContext = {
  /** `store.landmarks()` of the simulator the routes read from (demo profile, seed 42). */
  landmarks: Record<string, string | string[]>;
  store: SimStore;
  simUrl: string;
  ids: {
    /** One signed-in user per role (each with a declared purpose unless the case tests its absence). */
    users: Record<MatrixRole, string>;
    /** A user no case signs in as: PATCH targets it. */
    spareUserId: string;
  };
  /** A new short string on every call, for values that must not repeat (e.g. emails). */
  unique: () => string;
};

/**
 * One exported handler of one `app/api/**\/route.ts`. For it the matrix test checks: signed out → 401,
 * each role not in `allowed` → 403, each role in `allowed` → 2xx, and when `needsPurpose` an allowed
 * role without a declared purpose → 428. Every route file's every method needs one.
 */
export type RouteCase = {
  /** Repository-relative, e.g. `app/api/users/[userId]/route.ts`. */
  file: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Concrete path with query, e.g. `/api/users/usr_x`; `[segments]` of `file` are read from it. */
  path: string | ((ctx: MatrixContext) => string);
  /** JSON body (or a function returning it), sent for POST/PUT/PATCH/DELETE. */
  body?: unknown | ((ctx: MatrixContext) => unknown);
  allowed: Array<MatrixRole>;
  needsPurpose: boolean;
};
