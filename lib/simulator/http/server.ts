import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { SimKey } from "../store/types";
import { recordAccess } from "./access-log";
import { authenticate, checkScope, presentedKey } from "./auth";
import type { SimClock } from "./clock";
import { streamContent } from "./content/stream";
import { ApiError, bareNotFound } from "./errors";
import { FaultInjector, type FaultConfig } from "./faults";
import { parseQuery } from "./query/parse";
import { formatReset, SlidingWindow } from "./rate-limit";
import { asApiError, sendError, sendJson } from "./respond";
import { createRng } from "./rng";
import type { Reply, SimEnv } from "./route";
import { Router } from "./router";
import { ROUTES } from "./routes";
import { handleHook } from "./sim-hooks";
import { Stats } from "./stats";

export interface ServerConfig {
  env: SimEnv;
  clock: SimClock;
  keys: readonly SimKey[];
  seed: number;
  rateLimit: number;
  remoteRateLimit: number;
  latencyMs: number;
  jitterMs: number;
  faults: FaultConfig;
  recordAccess: boolean;
  log?: (line: string) => void;
}

export interface SimServer {
  server: Server;
  stats: Stats;
  /** Set once listening, for the `url` of access-log records. */
  setBaseUrl(url: string): void;
}

const newRequestId = () => `req_${randomBytes(12).toString("hex")}`;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createSimServer(config: ServerConfig): SimServer {
  const router = new Router(ROUTES);
  const stats = new Stats();
  const shared = new SlidingWindow(config.rateLimit);
  const remote = new SlidingWindow(config.remoteRateLimit);
  const faults = new FaultInjector(config.faults, config.seed);
  const latencyRng = createRng(config.seed ^ 0x1a7e);
  const { clock, env } = config;
  let baseUrl = "";

  const rateHeaders = (now: number): Record<string, string> => {
    const s = shared.snapshot(now);
    return {
      "anthropic-ratelimit-requests-limit": String(s.limit),
      "anthropic-ratelimit-requests-remaining": String(s.remaining),
      "anthropic-ratelimit-requests-reset": formatReset(s.resetAt),
    };
  };

  const limitMessage = () =>
    `Compliance API rate limit of ${config.rateLimit} requests per minute per parent organization has been exceeded. ` +
    "Retry after the number of seconds in the retry-after header.";

  /** Authentication, budgets, faults and scope, in the upstream's order (reference §8: failed auth costs nothing). */
  async function serveApi(req: IncomingMessage, res: ServerResponse, path: string, search: string, requestId: string) {
    const method = req.method ?? "GET";
    const { match, template } = router.match(method, path);
    stats.arrive(match ? `${method} ${template}` : `${method} (unmatched)`, clock.now());
    const delay = config.latencyMs + config.jitterMs * latencyRng();
    if (delay > 0) await sleep(delay);

    let key: SimKey | undefined;
    let counted = false; // passed the limiter: recorded in the activity feed
    const finish = (status: number) => {
      stats.status(status);
      if (key && counted && config.recordAccess) recordAccess(env.store, key, req, requestId, status, baseUrl);
    };
    try {
      if (!match) throw bareNotFound();
      const { route, params } = match;
      key = authenticate(presentedKey(req.headers), config.keys, route.unauthStatus ?? 404);
      const now = clock.now();
      if (!shared.hasRoom(now))
        throw new ApiError(429, "rate_limit_error", limitMessage(), {
          "retry-after": String(shared.retryAfterSeconds(now)),
        });
      if (route.remoteBudget && !remote.hasRoom(now))
        throw new ApiError(
          429,
          "rate_limit_error",
          `Remote session rate limit of ${config.remoteRateLimit} requests per minute per parent organization has been exceeded.`,
          { "retry-after": "1" },
        );
      const spurious = faults.throttle(limitMessage());
      if (spurious) throw spurious;
      shared.consume(now);
      if (route.remoteBudget) remote.consume(now);
      counted = true;
      const fault = faults.fault();
      if (fault) throw fault;
      const access = route.method === "DELETE" ? "delete" : "read";
      checkScope(key, { scope: route.scope, access, adminAllowed: route.adminAllowed ?? false });
      const spec = typeof route.query === "function" ? route.query(env) : route.query;
      const query = parseQuery(search, spec);
      const reply = await route.handle({ env, params, query, now });
      await send(res, reply, rateHeaders(clock.now()), finish);
    } catch (err) {
      const apiErr = asApiError(err);
      if (!(err instanceof ApiError)) config.log?.(`[sim] ${requestId} internal error: ${String(err)}`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      finish(apiErr.status);
      sendError(
        res,
        new ApiError(apiErr.status, apiErr.type, apiErr.message, {
          ...(key ? rateHeaders(clock.now()) : {}),
          ...apiErr.headers,
        }),
      );
    }
  }

  async function send(res: ServerResponse, reply: Reply, headers: Record<string, string>, finish: (s: number) => void) {
    if (reply.kind === "json") {
      const status = reply.status ?? 200;
      finish(status);
      return sendJson(res, status, reply.body, headers);
    }
    finish(200);
    res.writeHead(200, { ...headers, ...reply.headers });
    await streamContent(res, reply.source, { truncateAt: faults.truncateAt(reply.source.sizeBytes) });
  }

  const server = createServer((req, res) => {
    const started = Date.now();
    const requestId = newRequestId();
    res.setHeader("request-id", requestId);
    const rawUrl = req.url ?? "/";
    const q = rawUrl.indexOf("?");
    const path = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
    const search = q >= 0 ? rawUrl.slice(q + 1) : "";
    res.on("finish", () =>
      config.log?.(`${req.method} ${path} ${res.statusCode} ${Date.now() - started}ms ${requestId}`),
    );
    const work = path.startsWith("/_sim/")
      ? handleHook(req, res, path, { env, stats, clock, resetWindows: () => (shared.reset(), remote.reset()) })
      : path === "/v1/compliance" || path.startsWith("/v1/compliance/")
        ? serveApi(req, res, path, search, requestId)
        : Promise.resolve(sendError(res, bareNotFound()));
    work.catch((err: unknown) => {
      config.log?.(`[sim] ${requestId} failed: ${String(err)}`);
      if (!res.headersSent) sendError(res, asApiError(err));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  return { server, stats, setBaseUrl: (url) => (baseUrl = url) };
}
