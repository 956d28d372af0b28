import "server-only";
import { ERROR_STATUS, type ErrorCode, type FieldErrors } from "./errors";

/** The only error body any route returns: `{ error: { code, message, requestId, fields? } }`. */
export function errorResponse(
  code: ErrorCode,
  message: string,
  requestId: string,
  extra: { fields?: FieldErrors; headers?: HeadersInit } = {},
): Response {
  const body = { error: { code, message, requestId, ...(extra.fields ? { fields: extra.fields } : {}) } };
  const headers = new Headers(extra.headers);
  // Error bodies can name fields a user typed: never let a shared cache keep them.
  headers.set("cache-control", "no-store");
  return Response.json(body, { status: ERROR_STATUS[code], headers });
}
