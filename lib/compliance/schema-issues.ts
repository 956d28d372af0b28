import "server-only";
import type { z } from "zod";

/** A short, value-free description of what failed validation (paths and messages only). */
export function summariseIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues
    .slice(0, max)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(root)"}: ${issue.message}`);
  const more = error.issues.length > max ? ` (+${error.issues.length - max} more)` : "";
  return `${parts.join("; ")}${more}`;
}
