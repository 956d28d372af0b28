import "server-only";

/** Scope names the API documents (§2.2); others pass through as plain strings. */
export const KNOWN_SCOPES = [
  "read:compliance_activities",
  "read:compliance_user_data",
  "delete:compliance_user_data",
  "read:compliance_org_data",
  "read:org_audit",
] as const;

export interface ParsedScopes {
  granted: string[] | null;
  needed: string[] | null;
}

// The 403 text is Python-list formatted: `Got: ['a', 'b'] Needed one of: ['x', 'y']` or `Needed: [...]`.
const GOT = /Got:\s*\[([^\]]*)\]/;
const NEEDED = /Needed(?: one of)?:\s*\[([^\]]*)\]/;

function parseList(inner: string): string[] {
  return inner
    .split(",")
    .map((part) => part.trim().replace(/^['"]|['"]$/g, ""))
    .filter((part) => part.length > 0);
}

/** Pulls granted/needed scopes out of a 403 message; null when the message doesn't say. */
export function parseScopeMessage(message: string): ParsedScopes {
  const got = GOT.exec(message);
  const needed = NEEDED.exec(message);
  return { granted: got ? parseList(got[1]) : null, needed: needed ? parseList(needed[1]) : null };
}
