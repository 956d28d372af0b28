import "server-only";
import { ComplianceConfigError } from "./errors";

/** `fetch failed` alone says nothing; undici puts the useful part (ECONNREFUSED, …) in `cause`. */
export function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  if (cause instanceof Error) {
    const code = "code" in cause && typeof cause.code === "string" ? cause.code : null;
    return `${error.message} (${code ?? cause.message})`;
  }
  return error.message;
}

/**
 * The API authenticates with x-api-key only; userinfo in the base URL would be one more secret
 * to leak (fetch even refuses such URLs, echoing them in its error). Drop it.
 */
export function stripCredentials(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    url.username = "";
    url.password = "";
    return url.toString().replace(/\/+$/, "");
  } catch {
    throw new ComplianceConfigError("The Compliance API base URL is not a valid URL.");
  }
}
