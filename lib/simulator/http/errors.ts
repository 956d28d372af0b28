/**
 * Error replies in the upstream envelope `{"error":{"type","message"}}` (reference §7.1).
 * Handlers throw ApiError; the server turns it into a response, so no handler builds error bodies itself.
 */
export type ErrorType =
  | "invalid_request_error"
  | "authentication_error"
  | "permission_error"
  | "not_found_error"
  | "rate_limit_error"
  | "api_error"
  | "overloaded_error";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorType,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const badRequest = (message: string) => new ApiError(400, "invalid_request_error", message);
export const notFound = (message: string) => new ApiError(404, "not_found_error", message);

/** The bare 404 the real API gives for unauthenticated requests and unknown paths alike (§7.2 (a)). */
export const bareNotFound = () => notFound("Not found");

export function errorBody(err: ApiError): { error: { type: ErrorType; message: string } } {
  return { error: { type: err.type, message: err.message } };
}

/** Python `repr()` of a list of strings, as the upstream's scope messages print them: `['a', 'b']`. */
export function pyList(items: readonly string[]): string {
  return `[${items.map((s) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`).join(", ")}]`;
}
