import "server-only";
import { z } from "zod";

/**
 * The one module that reads `process.env` for configuration and secrets (STYLE §4): the Compliance
 * keys, the session secret, the OIDC client secret, the database URL. Two sections, each validated on
 * first use and then kept for the life of the process:
 * - `getServerEnv()`: the upstream Compliance client. Kept apart so a bad upstream setting surfaces on
 *   the status page (probeUpstream catches it) instead of locking everyone out of sign-in.
 * - `getServerConfig()`: the console itself (database, sign-in, route limits, proxies).
 * Tests set process.env before the first call, or call the parse functions with their own record.
 */

// `FOO=` in an env file means "not set", not "set to the empty string".
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const withDefault = <T extends z.ZodType>(fallback: string | number, schema: T) =>
  z.preprocess((v) => blankToUndefined(v) ?? fallback, schema);
const optionalString = optional(z.string().trim());
const intWithDefault = (fallback: number, min: number, max: number) =>
  withDefault(fallback, z.coerce.number().int().min(min).max(max));
/** Shared by the upstream rate budget and the route limiter: one Redis for both. */
const redisUrl = optional(z.string().regex(/^rediss?:\/\//, "Must be a redis:// URL"));

/** Reverse proxies trusted to append to X-Forwarded-For: 0 (none), a hop count, or every loopback hop. */
export type TrustedProxies = number | "loopback";
const trustedProxies = withDefault(
  "none",
  z
    .string()
    .trim()
    .regex(/^(none|loopback|\d{1,2})$/, 'Must be "none", "loopback" or a number of proxy hops')
    .transform((v): TrustedProxies => (v === "loopback" ? "loopback" : v === "none" ? 0 : Number(v))),
);

export const ServerEnv = z.object({
  COMPLIANCE_API_BASE_URL: withDefault(
    "http://127.0.0.1:4010",
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
  REDIS_URL: redisUrl,
});
export type ServerEnv = z.infer<typeof ServerEnv>;

export const ServerConfig = z
  .object({
    DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "Must be a postgres:// URL")),
    CUSTODY_DATA_DIR: withDefault("./.data", z.string().trim()),
    CUSTODY_MIGRATIONS_DIR: optionalString,
    NEXTAUTH_SECRET: optionalString,
    NEXTAUTH_URL: optional(z.url()),
    CUSTODY_DEMO: optional(z.enum(["0", "1"])).transform((v) => v === "1"),
    OIDC_ISSUER: optional(z.url()),
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_ROLE_CLAIM: withDefault("custody_roles", z.string().trim()),
    OIDC_NAME: withDefault("Single sign-on", z.string().trim()),
    CUSTODY_ROUTE_RATE_LIMIT: intWithDefault(300, 1, 100_000),
    CUSTODY_TRUSTED_PROXIES: trustedProxies,
    /** Minutes without a request after which a session ends; capped by the 8 h absolute lifetime. */
    CUSTODY_SESSION_IDLE_MINUTES: intWithDefault(30, 1, 480),
    REDIS_URL: redisUrl,
    /** PKCS#8 PEM of the console's Ed25519 signing key; unset: one is made in <data dir>/keys/ on first use. */
    CUSTODY_SIGNING_KEY_FILE: optionalString,
    CUSTODY_AUDIT_CHECKPOINT_EVERY: intWithDefault(1000, 1, 10_000_000),
    CUSTODY_AUDIT_CHECKPOINT_MINUTES: intWithDefault(60, 1, 10_080),
    CUSTODY_AUDIT_CHECKPOINT_DIR: optionalString,
  })
  .superRefine((env, ctx) => {
    // OIDC is all-or-nothing: a half-configured provider would fail at sign-in time instead of boot.
    const set = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter((v) => v !== undefined).length;
    if (set > 0 && set < 3) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together",
      });
    }
  })
  .transform((env) => ({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.CUSTODY_DATA_DIR,
    migrationsDir: env.CUSTODY_MIGRATIONS_DIR,
    nextAuthSecret: env.NEXTAUTH_SECRET,
    nextAuthUrl: env.NEXTAUTH_URL,
    demo: env.CUSTODY_DEMO,
    oidc:
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? {
            issuer: env.OIDC_ISSUER.replace(/\/+$/, ""),
            clientId: env.OIDC_CLIENT_ID,
            clientSecret: env.OIDC_CLIENT_SECRET,
            roleClaim: env.OIDC_ROLE_CLAIM,
            name: env.OIDC_NAME,
          }
        : undefined,
    routeRateLimit: env.CUSTODY_ROUTE_RATE_LIMIT,
    trustedProxies: env.CUSTODY_TRUSTED_PROXIES,
    sessionIdleMinutes: env.CUSTODY_SESSION_IDLE_MINUTES,
    redisUrl: env.REDIS_URL,
    signingKeyFile: env.CUSTODY_SIGNING_KEY_FILE,
    auditCheckpoints: {
      every: env.CUSTODY_AUDIT_CHECKPOINT_EVERY,
      intervalMs: env.CUSTODY_AUDIT_CHECKPOINT_MINUTES * 60_000,
      dir: env.CUSTODY_AUDIT_CHECKPOINT_DIR,
    },
  }));
export type ServerConfig = z.output<typeof ServerConfig>;
export type OidcConfig = NonNullable<ServerConfig["oidc"]>;

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

type EnvSource = Record<string, string | undefined>;

/** The message names variables but never echoes their values (they may be keys or secrets). */
function parseSection<S extends z.ZodType>(schema: S, source: EnvSource): z.output<S> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid server environment: ${problems.join("; ")}`);
  }
  return parsed.data;
}

export const parseServerEnv = (source: EnvSource): ServerEnv => parseSection(ServerEnv, source);
export const parseServerConfig = (source: EnvSource): ServerConfig => parseSection(ServerConfig, source);

function parsedOnce<T>(parse: (source: EnvSource) => T): () => T {
  let cached: T | undefined;
  return () => (cached ??= parse(process.env));
}

/** The upstream client's settings, parsed on first use and then reused for the life of the process. */
export const getServerEnv = parsedOnce(parseServerEnv);
/** The console's own settings, parsed on first use and then reused for the life of the process. */
export const getServerConfig = parsedOnce(parseServerConfig);
