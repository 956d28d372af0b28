import "server-only";

/**
 * The one status table (STYLE.md §2), plus 428 `purpose_required`: a precondition (state your purpose of
 * access) the user can meet and retry, unlike 403 which no retry fixes.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  invalid_input: 422,
  purpose_required: 428,
  rate_limited: 429,
  internal: 500,
  upstream_unavailable: 502,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Field path → messages, e.g. `{ "user_ids": ["Too many: at most 10"] }`. */
export type FieldErrors = Record<string, string[]>;

/**
 * Brands AppErrors so that isAppError recognises one built by another bundle copy of this module (the build
 * holds one copy with the pages and one with the API routes, and process-wide objects on globalThis serve both):
 * `instanceof` would not. `Symbol.for` gives every copy the same symbol.
 */
const APP_ERROR: unique symbol = Symbol.for("custody.app-error");

/**
 * An error whose message is safe to show the caller. Anything else thrown in a route becomes a generic
 * 500, so internal details (SQL, upstream bodies, keys) cannot leak by accident.
 */
export class AppError extends Error {
  readonly [APP_ERROR] = true;
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  /** Seconds; becomes the Retry-After header. */
  readonly retryAfter?: number;

  constructor(code: ErrorCode, safeMessage: string, extra: { fields?: FieldErrors; retryAfter?: number } = {}) {
    super(safeMessage);
    this.name = "AppError";
    this.code = code;
    this.fields = extra.fields;
    this.retryAfter = extra.retryAfter;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** `err instanceof AppError`, from whichever bundle copy it came; use it, never `instanceof`. */
export function isAppError(err: unknown): err is AppError {
  return typeof err === "object" && err !== null && APP_ERROR in err && err[APP_ERROR] === true;
}
