import type { ServerResponse } from "node:http";
import { ApiError, errorBody } from "./errors";

/** Writes a JSON response (with a Content-Length: only downloads are chunked). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

export function sendError(res: ServerResponse, err: ApiError): void {
  sendJson(res, err.status, errorBody(err), { ...err.headers });
}

/** Anything that is not an ApiError is a bug in the simulator: answer like the upstream's generic 500. */
export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError(500, "api_error", "Internal server error", { "x-should-retry": "false" });
}
