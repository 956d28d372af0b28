import "server-only";
import type { FieldErrors } from "./errors";

/**
 * Characters no input may carry. PostgreSQL cannot store NUL in text or jsonb (a NUL used to reach the driver and
 * come back as a 500 with the SQL parameters in the log); the other C0 controls and DEL have no business in an id,
 * a search term, a name or a purpose, and they are how log lines and CSV cells get forged. TAB, LF and CR stay
 * allowed in body strings only (a reason may span lines); never in a path segment, query value or object key.
 */
const BODY_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const STRICT_FORBIDDEN = /[\u0000-\u001F\u007F]/;

/** Which character is wrong, in words: the caller sees `U+0000`, never the raw byte echoed back. */
function problemOf(text: string, forbidden: RegExp): string | null {
  const control = forbidden.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return `Contains a control character (U+${code}) that cannot be stored`;
  }
  // A lone surrogate is not a character: it cannot be encoded as UTF-8, so it would be stored mangled or not at all.
  if (!text.isWellFormed()) return "Contains an unpaired UTF-16 surrogate (not valid Unicode)";
  return null;
}

/** Enough to fix the input; a body of 100,000 bad strings must not become a 100,000-field error. */
const MAX_REPORTED_FIELDS = 20;

/** A key shown in a field path without its controls and bounded, so the name we echo cannot smuggle anything. */
const printable = (key: string) =>
  key
    .slice(0, 100)
    .replace(/[\u0000-\u001F\u007F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .toWellFormed();

/**
 * Every string and object key in `value` (params, query or a parsed JSON body) checked before any schema runs,
 * for every route. Field paths match zod's (`reason`, `user_ids.1`); a problem with the whole value is named
 * `source`. Iterative, so a deeply nested body cannot overflow the stack.
 */
export function findUnstorableText(value: unknown, source: "params" | "query" | "body"): FieldErrors {
  const forbidden = source === "body" ? BODY_FORBIDDEN : STRICT_FORBIDDEN;
  const fields: FieldErrors = {};
  // Paths as parent links, joined only for a problem: copying a path per node would be quadratic in the depth.
  type Node = { value: unknown; key: string | null; parent: Node | null };
  const pathOf = (node: Node): string => {
    const keys: string[] = [];
    for (let n: Node | null = node; n && n.key !== null; n = n.parent) keys.unshift(n.key);
    return keys.length ? keys.join(".") : source;
  };
  const note = (node: Node, message: string) => {
    const key = pathOf(node);
    if (!(key in fields) && Object.keys(fields).length >= MAX_REPORTED_FIELDS) return;
    if (!fields[key]?.includes(message)) (fields[key] ??= []).push(message);
  };
  const stack: Node[] = [{ value, key: null, parent: null }];
  while (stack.length && Object.keys(fields).length < MAX_REPORTED_FIELDS) {
    const node = stack.pop()!;
    const current = node.value;
    if (typeof current === "string") {
      const problem = problemOf(current, forbidden);
      if (problem) note(node, problem);
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, key: String(i), parent: node }));
    } else if (typeof current === "object" && current !== null) {
      for (const [key, item] of Object.entries(current)) {
        const child: Node = { value: item, key: printable(key), parent: node };
        const problem = problemOf(key, STRICT_FORBIDDEN);
        if (problem) note(child, `Field name: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`);
        stack.push(child);
      }
    }
  }
  return fields;
}
