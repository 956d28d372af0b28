import "server-only";
import { createUnmeteredBudget, type ClientBudget } from "./budget-port";
import { mapConcurrent } from "./concurrency";
import type { EndpointContext } from "./endpoints/context";
import { createHttp, type KeyChoice, type Sleep } from "./http";
import type { ComplianceLogger } from "./logger";
import { probe } from "./probe";
import { DEFAULT_BACKOFF, type BackoffConfig } from "./retry-policy";
import { sleep as realSleep } from "./sleep";
import { buildResources } from "./resources";
import { streamFetch } from "./transport/stream-fetch";

export interface ComplianceClientOptions {
  baseUrl: string;
  /** Compliance Access Key (`sk-ant-api01-…`): every endpoint, subject to scopes. */
  accessKey?: string;
  /** Admin API key (`sk-ant-admin01-…`): the Activity Feed only. */
  adminKey?: string;
  /** Shared rate budget (`createRateBudget` from ./budget); default: none (server 429s only). */
  budget?: ClientBudget;
  /** Requests in flight at once (COMPLIANCE_MAX_CONCURRENCY); default 8. */
  maxConcurrency?: number;
  /** Per-attempt timeout; default 30 000 ms. Streams use it as an idle timeout. */
  timeoutMs?: number;
  /** Retries after the first attempt; default 3 (4 attempts in all). */
  maxRetries?: number;
  /** Exponential backoff; default 1 s doubling to 60 s, ±25 % jitter. */
  backoff?: Partial<BackoffConfig>;
  logger?: ComplianceLogger;
  fetch?: typeof fetch;
  /**
   * Transport for file bodies; default: `streamFetch` (one reused read buffer per download) when `fetch` is not
   * injected, else the injected `fetch` (tests that script every response keep scripting downloads too).
   */
  streamFetch?: typeof fetch;
  /** Injected waits (tests use a fast one); `retry-after` is passed through it unchanged. */
  sleep?: Sleep;
  now?: () => number;
  random?: () => number;
  /** Which key reads the Activity Feed; default "auto" (access key if configured, else admin). */
  activitiesKey?: "auto" | KeyChoice;
}

/**
 * The typed Compliance API client. Keys stay inside the HTTP closure; nothing on the returned
 * object exposes them. Every request waits for the rate budget and a concurrency slot first.
 */
export function createComplianceClient(options: ComplianceClientOptions) {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? Date.now;
  const http = createHttp({
    baseUrl: options.baseUrl,
    accessKey: options.accessKey,
    adminKey: options.adminKey,
    budget: options.budget ?? createUnmeteredBudget(),
    maxConcurrency: options.maxConcurrency ?? 8,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 3,
    backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
    logger: options.logger,
    fetch: fetchImpl,
    streamFetch: options.streamFetch ?? (options.fetch ? options.fetch : streamFetch),
    sleep: options.sleep ?? realSleep,
    now,
    random: options.random ?? Math.random,
  });
  const ctx: EndpointContext = { http, activitiesKey: options.activitiesKey ?? "auto" };
  const maxConcurrency = options.maxConcurrency ?? 8;

  return {
    ...buildResources(ctx),
    /** Probes reachability, scopes and rate limit for the status page; never throws. */
    probe: () => probe({ ctx, fetch: fetchImpl, now }),
    /** The last `anthropic-ratelimit-*` headers seen, or null before the first response. */
    rateLimit: () => http.lastRateLimit(),
    hasKey: (choice: KeyChoice) => http.hasKey(choice),
    /** Runs `fn` over items with the client's concurrency (or `concurrency`) in flight. */
    mapConcurrent: <T, R>(
      items: Iterable<T> | AsyncIterable<T>,
      fn: (item: T, index: number) => Promise<R>,
      opts: { concurrency?: number; signal?: AbortSignal } = {},
    ) => mapConcurrent(items, fn, { concurrency: opts.concurrency ?? maxConcurrency, signal: opts.signal }),
    baseUrl: http.baseUrl,
  };
}

export type ComplianceClient = ReturnType<typeof createComplianceClient>;
