import type { IncomingHttpHeaders } from "node:http";
import { COMPLIANCE_KEY_PREFIXES } from "../keys";
import type { SimKey } from "../store/types";
import { ApiError, bareNotFound, pyList } from "./errors";

export const ORG_AUDIT_SCOPE = "read:org_audit";
export const ACTIVITY_SCOPE = "read:compliance_activities";

/** `x-api-key`, or `Authorization: Bearer` (reference §1.1 marks Bearer as uncertain, so both are accepted). */
export function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const header = headers["x-api-key"];
  const direct = Array.isArray(header) ? header[0] : header;
  if (direct) return direct.trim();
  const auth = headers.authorization;
  const m = auth ? /^Bearer\s+(\S+)\s*$/i.exec(auth) : null;
  return m ? m[1] : undefined;
}

/**
 * Authenticates a request (reference §7.2): no key or a non-Compliance key looks like an unknown path (bare 404),
 * except on the settings endpoint which answers 401; a Compliance-shaped key that is unknown, deactivated or
 * expired is a 401. Failed authentication happens before the rate limiter, so it costs no quota.
 */
export function authenticate(presented: string | undefined, keys: readonly SimKey[], unauthStatus: 401 | 404): SimKey {
  const unauthenticated = () =>
    unauthStatus === 404
      ? bareNotFound()
      : new ApiError(401, "authentication_error", presented ? "API key is invalid." : "x-api-key header is required");
  if (!presented) throw unauthenticated();
  if (!COMPLIANCE_KEY_PREFIXES.some((p) => presented.startsWith(p))) throw unauthenticated();
  const key = keys.find((k) => k.key === presented);
  if (!key) throw new ApiError(401, "authentication_error", "API key is invalid.");
  if (key.status === "deactivated") throw new ApiError(401, "authentication_error", "API key has been deactivated.");
  if (key.status === "expired") throw new ApiError(401, "authentication_error", "API key has expired.");
  return key;
}

export interface ScopeRule {
  scope: string;
  access: "read" | "delete";
  /** Only the Activity Feed admits Console Admin keys. */
  adminAllowed: boolean;
}

/**
 * 403 `permission_error` with the upstream's Python-list messages: reads accept their scope or `read:org_audit`
 * ("Needed one of"), deletes need exactly the delete scope ("Needed"). Admin keys reach nothing but the feed.
 */
export function checkScope(key: SimKey, rule: ScopeRule): void {
  const got = pyList(key.scopes);
  if (rule.access === "delete") {
    if (key.type === "compliance_access_key" && key.scopes.includes(rule.scope)) return;
    throw new ApiError(403, "permission_error", `Missing required scopes. Got: ${got} Needed: ${pyList([rule.scope])}`);
  }
  const needed = [rule.scope, ORG_AUDIT_SCOPE];
  const typeOk = key.type === "compliance_access_key" || rule.adminAllowed;
  // An Admin key carries at most the feed scope, whatever else it was configured with.
  const effective = key.type === "admin" ? key.scopes.filter((s) => s === ACTIVITY_SCOPE) : key.scopes;
  if (typeOk && needed.some((s) => effective.includes(s))) return;
  throw new ApiError(403, "permission_error", `Missing required scopes. Got: ${got} Needed one of: ${pyList(needed)}`);
}
