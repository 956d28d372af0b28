import "server-only";
import { z } from "zod";

/**
 * Env owned by the server foundations (database, sign-in, route limits). Kept apart from lib/env.ts
 * (upstream client) until the two are merged; both parse process.env with zod.
 */
const Blank = z.literal("").transform(() => undefined);
const OptionalString = z.union([Blank, z.string().trim().min(1)]).optional();

export const ServerConfig = z
  .object({
    DATABASE_URL: z.union([Blank, z.string().regex(/^postgres(ql)?:\/\//, "Must be a postgres:// URL")]).optional(),
    CUSTODY_DATA_DIR: OptionalString.default("./.data"),
    CUSTODY_MIGRATIONS_DIR: OptionalString,
    NEXTAUTH_SECRET: OptionalString,
    NEXTAUTH_URL: z.union([Blank, z.url()]).optional(),
    CUSTODY_DEMO: z.enum(["", "0", "1"]).optional().transform((v) => v === "1"),
    OIDC_ISSUER: z.union([Blank, z.url()]).optional(),
    OIDC_CLIENT_ID: OptionalString,
    OIDC_CLIENT_SECRET: OptionalString,
    OIDC_ROLE_CLAIM: OptionalString.default("custody_roles"),
    OIDC_NAME: OptionalString.default("Single sign-on"),
    CUSTODY_ROUTE_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(300),
    REDIS_URL: z.union([Blank, z.string().regex(/^rediss?:\/\//, "Must be a redis:// URL")]).optional(),
  })
  .transform((env) => ({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.CUSTODY_DATA_DIR ?? "./.data",
    migrationsDir: env.CUSTODY_MIGRATIONS_DIR,
    nextAuthSecret: env.NEXTAUTH_SECRET,
    nextAuthUrl: env.NEXTAUTH_URL,
    demo: env.CUSTODY_DEMO,
    // OIDC is all-or-nothing: a half-configured provider would fail at sign-in time instead of boot.
    oidc:
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? {
            issuer: env.OIDC_ISSUER.replace(/\/+$/, ""),
            clientId: env.OIDC_CLIENT_ID,
            clientSecret: env.OIDC_CLIENT_SECRET,
            roleClaim: env.OIDC_ROLE_CLAIM ?? "custody_roles",
            name: env.OIDC_NAME ?? "Single sign-on",
          }
        : undefined,
    routeRateLimit: env.CUSTODY_ROUTE_RATE_LIMIT,
    redisUrl: env.REDIS_URL,
  }));
export type ServerConfig = z.output<typeof ServerConfig>;
export type OidcConfig = NonNullable<ServerConfig["oidc"]>;

export function parseServerConfig(env: Record<string, string | undefined>): ServerConfig {
  const parsed = ServerConfig.safeParse(env);
  if (!parsed.success) {
    // Name the variables, never their values: some are secrets.
    const names = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid server environment: ${names}`);
  }
  const partialOidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (partialOidc > 0 && partialOidc < 3) {
    throw new Error("Invalid server environment: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together");
  }
  return parsed.data;
}

let cached: ServerConfig | undefined;

/** Parsed once per process; tests use parseServerConfig() with their own env instead. */
export function serverConfig(): ServerConfig {
  cached ??= parseServerConfig(process.env);
  return cached;
}
