import "server-only";
import { z } from "zod";
import type { FieldErrors } from "./errors";

/**
 * Plain-language messages for zod's built-in checks ("Too many: at most 10"). Passed per parse, so a
 * message written on the schema itself still wins.
 */
export const friendlyErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "too_big": {
      const max = String(issue.maximum);
      if (issue.origin === "array" || issue.origin === "set") return `Too many: at most ${max}`;
      if (issue.origin === "string") return `Too long: at most ${max} characters`;
      return `Too big: at most ${max}`;
    }
    case "too_small": {
      const min = String(issue.minimum);
      if (issue.origin === "array" || issue.origin === "set") return `Too few: at least ${min}`;
      if (issue.origin === "string")
        return Number(issue.minimum) === 1 ? "Required" : `Too short: at least ${min} characters`;
      return `Too small: at least ${min}`;
    }
    case "invalid_type":
      return issue.input === undefined ? "Required" : `Expected ${issue.expected}`;
    case "unrecognized_keys":
      return `Unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`;
    default:
      return undefined;
  }
};

/** zod issues → `{ "user_ids": ["Too many: at most 10"] }`; issues on the whole value use `fallback`. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], fallback: string): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : fallback;
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
