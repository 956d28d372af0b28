import "server-only";
import { z } from "zod";

/**
 * Server environment, validated once. Keys are read here and handed straight to the compliance
 * client factory; nothing else should read `process.env` for them (STYLE §4).
 */

// `FOO=` in an env file means "not set", not "set to the empty string".
const optionalString = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().optional());
const intWithDefault = (fallback: number, min: number, max: number) =>
  z.preprocess((v) => (v === undefined || v === "" ? fallback : v), z.coerce.number().int().min(min).max(max));

export const ServerEnv = z.object({
  COMPLIANCE_API_BASE_URL: z.preprocess(
    (v) => (v === undefined || v === "" ? "http://127.0.0.1:4010" : v),
    z.url({ protocol: /^https?$/, error: "COMPLIANCE_API_BASE_URL must be an http(s) URL" }),
  ),
  /** Compliance Access Key (`sk-ant-api01-…`): every endpoint, subject to its scopes. */
  COMPLIANCE_ACCESS_KEY: optionalString,
  /** Console Admin API key (`sk-ant-admin01-…`): the Activity Feed only. */
  COMPLIANCE_ADMIN_KEY: optionalString,
  COMPLIANCE_RATE_LIMIT_RPM: intWithDefault(600, 1, 1_000_000),
  COMPLIANCE_MAX_CONCURRENCY: intWithDefault(8, 1, 256),
  COMPLIANCE_TIMEOUT_MS: intWithDefault(30_000, 100, 600_000),
  /** Enables the cross-process rate budget; without it the budget is per process. */
  REDIS_URL: optionalString,
});
export type ServerEnv = z.infer<typeof ServerEnv>;

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** Parses an env record; the message names variables but never echoes their values (they may be keys). */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = ServerEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid server environment: ${problems.join("; ")}`);
  }
  return parsed.data;
}

let cached: ServerEnv | undefined;

/** The validated env, parsed on first use and then reused for the life of the process. */
export function getServerEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}
