import "server-only";
import { z } from "zod";
import { ComplianceArgumentError } from "./errors";

// Client-side checks mirror documented server rules so a bad call fails before it costs a request.

export type DateLike = Date | string;

const OFFSETLESS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** A Date or RFC 3339 string → RFC 3339 with an explicit offset (offset-less strings are UTC). */
export const DateArg = z.union([z.date(), z.string()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: "custom", message: "is an invalid Date" });
      return z.NEVER;
    }
    return value.toISOString();
  }
  const normalised = OFFSETLESS.test(value) ? `${value}Z` : value;
  if (!/^\d{4}-\d{2}-\d{2}/.test(normalised) || Number.isNaN(Date.parse(normalised))) {
    ctx.addIssue({ code: "custom", message: "must be an RFC 3339 timestamp such as 2026-01-31T00:00:00Z" });
    return z.NEVER;
  }
  return normalised;
});

export const RangeArg = z
  .strictObject({ gt: DateArg.optional(), gte: DateArg.optional(), lt: DateArg.optional(), lte: DateArg.optional() })
  .optional();
export type RangeArg = z.input<typeof RangeArg>;

export function limitArg(max: number) {
  return z
    .number({ error: `must be an integer between 1 and ${max}` })
    .int({ error: `must be an integer between 1 and ${max}` })
    .min(1, { error: `must be an integer between 1 and ${max}` })
    .max(max, { error: `must be an integer between 1 and ${max}` })
    .optional();
}

export function idListArg(max: number, hint = "") {
  return z
    .array(z.string().min(1, { error: "ids must be non-empty strings" }))
    .max(max, {
      error: (issue) =>
        `at most ${max} ids per request (got ${Array.isArray(issue.input) ? issue.input.length : "more"})${hint}`,
    })
    .optional();
}

export const CursorArgs = { afterId: z.string().min(1).optional(), beforeId: z.string().min(1).optional() };
export const OrderArg = z.enum(["asc", "desc"]).optional();

/** Shared refinement: the API accepts only one of after_id / before_id per request (§3). */
export function oneCursor(value: { afterId?: string; beforeId?: string }, ctx: z.RefinementCtx): void {
  if (value.afterId !== undefined && value.beforeId !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["beforeId"],
      message: "cannot be combined with afterId (one cursor per request)",
    });
  }
}

/** Validates call arguments; the first problem becomes a ComplianceArgumentError naming the argument. */
export function parseArgs<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue.code === "unrecognized_keys")
    throw new ComplianceArgumentError(issue.keys[0] ?? "(arguments)", "is not a parameter of this endpoint");
  const argument = issue.path.length > 0 ? issue.path.map(String).join(".") : "(arguments)";
  throw new ComplianceArgumentError(argument, issue.message);
}

/** Path ids: a missing or blank id would silently hit a different endpoint. */
export function requireId(name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "")
    throw new ComplianceArgumentError(name, "must be a non-empty id");
  return value;
}
