import "server-only";
import { z } from "zod";
import type { AuditAction } from "@/lib/schemas/audit";
import type { PurposeDto } from "@/lib/schemas/auth";
import type { TrustedProxies } from "@/lib/env";
import type { Db } from "../db/types";
import { createId } from "../db/ids";
import { AUDITED_DENIALS, can, type Capability } from "../auth/roles";
import { resolveActor, type SessionIdentity } from "../auth/resolve-actor";
import type { SessionPolicy } from "../auth-sessions/session-policy";
import { currentPurpose } from "../auth/current-purpose";
import { requestMeta } from "../auth/request-meta";
import type { Actor } from "../users/actor";
import type { LimitClass, LimitRule } from "../rate-limit";
import type { RateLimiter, RateLimitResult } from "../rate-limit/types";
import type { ComplianceClient } from "@/lib/compliance";
import { createOperationAudit } from "../audit/operation-audit";
import { auditRateLimited } from "../audit/audit-rate-limited";
import type { OperationContext } from "../operation/context";
import { toAppError } from "./upstream-errors";
import { AppError, isAppError } from "./errors";
import { errorResponse } from "./envelope";
import { friendlyErrors, toFieldErrors } from "./field-errors";
import { readJsonBody, readQuery } from "./read-input";
import { isMutatingMethod, isSameOrigin } from "./same-origin";
import { logUnexpected } from "./redact";
import { findUnstorableText } from "./unstorable-text";
import { rateLimitHeaders, withHeaders } from "./response-headers";

export type RouteOptions<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  /** What the caller must be allowed to do; "authenticated" = any signed-in user. */
  capability: Capability | "authenticated";
  limit?: LimitClass;
  params?: P;
  query?: Q;
  body?: B;
  /** Defaults to true for every method but GET/HEAD/OPTIONS; mutating routes must be same-origin. */
  mutating?: boolean;
  /** Custodian content: refuse with 428 `purpose_required` until a purpose of access is declared. */
  requiresPurpose?: boolean;
  /** Audit action recorded when the capability check refuses (defaults per capability). */
  action?: AuditAction;
};

/** The operation context (db, client, audit, actor) plus the request's parsed input and facts. */
export type RouteContext<P, Q, B> = OperationContext & {
  req: Request;
  actor: Actor;
  params: P;
  query: Q;
  body: B;
  requestId: string;
  sessionId: string;
  purpose: PurposeDto | null;
};

export type RouteHandler<P, Q, B> = (ctx: RouteContext<P, Q, B>) => Response | Promise<Response>;

/** A route's options and handler, kept outside `app/` (lib/server/<entity>/routes.ts) so tests mount the same. */
export type RouteDef<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  options: RouteOptions<P, Q, B>;
  handle: RouteHandler<z.output<P>, z.output<Q>, z.output<B>>;
};

/** Next passes `{ params: Promise<…> }`; typed loosely so every route's generated type is accepted. */
export type NextRouteContext = { params?: Promise<unknown> };

export type RouteDeps = {
  getSession: (req: Request) => Promise<SessionIdentity | null>;
  getDb: () => Promise<Db>;
  /** The upstream client handlers reach the Compliance API through (tests point it at the simulator). */
  client: () => ComplianceClient;
  limiter: () => RateLimiter;
  rules: () => Record<LimitClass, LimitRule>;
  /** The console's own origin, for the same-origin check. */
  expectedOrigin: (req: Request) => string;
  /** Session lifetime, idle timeout and clock; defaults to the configured policy (tests move the clock). */
  sessionPolicy?: () => SessionPolicy;
  /** CUSTODY_TRUSTED_PROXIES: which X-Forwarded-For entry, if any, is the client address audit entries store. */
  trustedProxies: () => TrustedProxies;
};

export type RouteFn = (req: Request, nextCtx?: NextRouteContext) => Promise<Response>;

/**
 * Builds `withRoute` over injectable dependencies (tests pass their own session, database, client and limiter).
 * `withRoute(options, handler)` or `withRoute(def)`; an app/api route file exports nothing else (eslint says so).
 */
export function createRouteWrapper(deps: RouteDeps) {
  function withRoute<
    P extends z.ZodType = z.ZodUndefined,
    Q extends z.ZodType = z.ZodUndefined,
    B extends z.ZodType = z.ZodUndefined,
  >(def: RouteDef<P, Q, B>): RouteFn;
  function withRoute<
    P extends z.ZodType = z.ZodUndefined,
    Q extends z.ZodType = z.ZodUndefined,
    B extends z.ZodType = z.ZodUndefined,
  >(options: RouteOptions<P, Q, B>, handler: RouteHandler<z.output<P>, z.output<Q>, z.output<B>>): RouteFn;
  function withRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
    optionsOrDef: RouteOptions<P, Q, B> | RouteDef<P, Q, B>,
    maybeHandler?: RouteHandler<z.output<P>, z.output<Q>, z.output<B>>,
  ): RouteFn {
    const def: RouteDef<P, Q, B> =
      "handle" in optionsOrDef ? optionsOrDef : { options: optionsOrDef, handle: maybeHandler! };
    const { options, handle: handler } = def;
    return async (req: Request, nextCtx?: NextRouteContext): Promise<Response> => {
      const requestId = createId("req");
      let limit: RateLimitResult | undefined;
      const where = `${req.method} ${new URL(req.url).pathname}`;
      try {
        const identity = await deps.getSession(req);
        if (!identity) throw new AppError("unauthenticated", "Sign in to continue");
        const db = await deps.getDb();
        const actor = await resolveActor(db, identity, deps.sessionPolicy?.());
        if (!actor) throw new AppError("unauthenticated", "Your session has ended; sign in again");
        const purposeDto = await currentPurpose({ db, userId: actor.id, sessionId: identity.sessionId });
        const meta = requestMeta(req.headers, deps.trustedProxies());
        const auditActor = { id: actor.id, email: actor.email, roles: actor.roles };
        const audit = createOperationAudit(db, {
          actor: auditActor,
          purpose: purposeDto && { id: purposeDto.id, reference: purposeDto.reference, reason: purposeDto.reason },
          requestId,
          ...meta,
        });

        if (options.capability !== "authenticated" && !can(actor.roles, options.capability)) {
          const action = options.action ?? AUDITED_DENIALS[options.capability];
          if (action)
            await audit.record({
              action,
              outcome: "denied",
              details: { capability: options.capability, route: where },
            });
          throw new AppError("forbidden", "Your role does not allow this");
        }
        if ((options.mutating ?? isMutatingMethod(req.method)) && !isSameOrigin(req, deps.expectedOrigin(req))) {
          throw new AppError("forbidden", "Cross-site request refused");
        }
        const rule = deps.rules()[options.limit ?? "default"];
        limit = await deps.limiter().hit(`route:${options.limit ?? "default"}:${actor.id}`, rule.limit, rule.windowMs);
        if (!limit.allowed) {
          // Rolled up per user and window: a runaway script must not write one audit row per refused request.
          await auditRateLimited(db, { actor: auditActor, ip: meta.ip, route: where });
          throw new AppError("rate_limited", "Too many requests; slow down", { retryAfter: limit.retryAfterSeconds });
        }
        if (options.requiresPurpose && !purposeDto) {
          throw new AppError(
            "purpose_required",
            "State the purpose of access (case or ticket reference and reason) first",
          );
        }

        const input = await parseInput(req, nextCtx, options);
        const client = deps.client();
        const ctx = { req, actor, ...input, requestId, sessionId: identity.sessionId, purpose: purposeDto };
        const res = await handler({ ...ctx, db, client, audit });
        // Everything under /api/ is per-user evidence or account data: never cached unless the route says otherwise.
        const cache: Record<string, string> = res.headers.has("cache-control") ? {} : { "cache-control": "no-store" };
        return withHeaders(res, { "x-request-id": requestId, ...cache, ...rateLimitHeaders(limit) });
      } catch (err) {
        return toErrorResponse(err, requestId, where, limit);
      }
    };
  }
  return withRoute;
}

async function parseInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  req: Request,
  nextCtx: NextRouteContext | undefined,
  options: RouteOptions<P, Q, B>,
): Promise<{ params: z.output<P>; query: z.output<Q>; body: z.output<B> }> {
  const fields: Record<string, string[]> = {};
  const parse = <S extends z.ZodType>(schema: S | undefined, raw: unknown, source: string): z.output<S> => {
    if (!schema) return undefined as z.output<S>;
    const result = schema.safeParse(raw, { error: friendlyErrors });
    if (result.success) return result.data;
    Object.assign(fields, toFieldErrors(result.error.issues, source));
    return undefined as z.output<S>;
  };
  const rawParams = (await nextCtx?.params) ?? {};
  const rawQuery = readQuery(new URL(req.url));
  // Body last: malformed JSON is a 400 even if the query was also wrong.
  const rawBody = options.body ? await readJsonBody(req) : undefined;
  // Before any schema, for every route, schema or not: text PostgreSQL cannot store (NUL) or that forges log lines
  // and CSV cells (other controls) is the caller's mistake, a 422 naming the field, never a 500 from the driver.
  const unstorable = {
    ...findUnstorableText(rawParams, "params"),
    ...findUnstorableText(rawQuery, "query"),
    ...findUnstorableText(rawBody, "body"),
  };
  const badNames = Object.keys(unstorable);
  if (badNames.length)
    throw new AppError("invalid_input", `Invalid input: ${badNames.join(", ")}`, { fields: unstorable });
  const params = parse(options.params, rawParams, "params");
  const query = parse(options.query, rawQuery, "query");
  const body = parse(options.body, rawBody, "body");
  const names = Object.keys(fields);
  if (names.length) throw new AppError("invalid_input", `Invalid input: ${names.join(", ")}`, { fields });
  return { params, query, body };
}

function toErrorResponse(
  thrown: unknown,
  requestId: string,
  where: string,
  limit: RateLimitResult | undefined,
): Response {
  const headers: Record<string, string> = {
    "x-request-id": requestId,
    "cache-control": "no-store",
    ...rateLimitHeaders(limit),
  };
  // Upstream failures (404, scope, rate limit, outage) become our codes here, for every route: never a 500.
  const err = toAppError(thrown);
  if (isAppError(err)) {
    if (err.retryAfter !== undefined) headers["retry-after"] = String(err.retryAfter);
    return errorResponse(err.code, err.message, requestId, { fields: err.fields, headers });
  }
  // zod's own `instanceof` checks a brand (traits), so it holds across bundle copies too.
  if (err instanceof z.ZodError) {
    // Thrown by a verb re-validating its input: still the caller's mistake, with field names.
    const fields = toFieldErrors(err.issues, "input");
    return errorResponse("invalid_input", `Invalid input: ${Object.keys(fields).join(", ")}`, requestId, {
      fields,
      headers,
    });
  }
  logUnexpected(requestId, where, err);
  return errorResponse("internal", "Something went wrong. Quote the request id when reporting it.", requestId, {
    headers,
  });
}
