import "server-only";
import type { z } from "zod";
import type { ClientBudget } from "./budget-port";
import { Semaphore } from "./concurrency";
import { errorFromResponse, readCappedText } from "./error-body";
import {
  ComplianceConfigError,
  InvalidResponseError,
  isComplianceError,
  UpstreamUnavailableError,
  type UpstreamError,
} from "./errors";
import { makeLog, type ComplianceLogger } from "./logger";
import { readRateLimitHeaders, type RateLimitObservation } from "./rate-headers";
import { redact, registerSecret } from "./redact";
import { isRetryable, retryDelayMs, type BackoffConfig } from "./retry-policy";
import { describeNetworkError, stripCredentials } from "./http-helpers";
import { summariseIssues } from "./schema-issues";

export type KeyChoice = "access" | "admin";
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface HttpConfig {
  baseUrl: string;
  accessKey?: string;
  adminKey?: string;
  budget: ClientBudget;
  maxConcurrency: number;
  timeoutMs: number;
  /** Retries after the first attempt (3 ⇒ 4 attempts in all). */
  maxRetries: number;
  backoff: BackoffConfig;
  logger?: ComplianceLogger;
  fetch: typeof fetch;
  /** Transport for `stream` requests (file bodies): reads into one reused buffer; defaults to `fetch`. */
  streamFetch?: typeof fetch;
  sleep: Sleep;
  now: () => number;
  random: () => number;
}

export interface RequestSpec {
  method?: "GET" | "DELETE";
  /** Path with ids already encoded, e.g. `/v1/compliance/apps/chats/claude_chat_1/messages`. */
  path: string;
  /** Route template for logs and errors (no ids, no query values). */
  route: string;
  query?: URLSearchParams;
  key: KeyChoice;
  signal?: AbortSignal;
  /** Absolute epoch ms: give up waiting for the rate budget after this. */
  deadlineMs?: number;
  maxRetries?: number;
  timeoutMs?: number;
  /** A large body read as a byte stream (downloads): sent through `streamFetch`. */
  stream?: boolean;
}

/** What a body consumer receives; `streaming` consumers own the attempt's timeout from here on. */
export interface Attempt {
  response: Response;
  signal: AbortSignal;
  /** Stops the per-attempt timeout (streams then apply their own idle timeout via `abort`). */
  disarmTimeout(): void;
  abort(reason: unknown): void;
}

export interface Http {
  json<S extends z.ZodType>(spec: RequestSpec, schema: S): Promise<z.output<S>>;
  /** Sends with retries and hands the open response to `consume`; errors thrown by it are retried when transient. */
  send<T>(spec: RequestSpec, consume: (attempt: Attempt) => Promise<T>): Promise<T>;
  hasKey(choice: KeyChoice): boolean;
  lastRateLimit(): (RateLimitObservation & { observedAt: Date }) | null;
  readonly baseUrl: string;
  /** Default per-attempt timeout (streams reuse it as their idle timeout). */
  readonly timeoutMs: number;
  readonly log: ReturnType<typeof makeLog>;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: UpstreamError; shouldRetry: string | null };

export function createHttp(config: HttpConfig): Http {
  // Keys live only in this closure: never on an object that could be logged or serialised.
  const keys: Record<KeyChoice, string | undefined> = { access: config.accessKey, admin: config.adminKey };
  registerSecret(config.accessKey);
  registerSecret(config.adminKey);
  const base = stripCredentials(config.baseUrl);
  const semaphore = new Semaphore(config.maxConcurrency);
  const log = makeLog(config.logger);
  let snapshot: (RateLimitObservation & { observedAt: Date }) | null = null;

  function keyFor(choice: KeyChoice): string {
    const key = keys[choice];
    if (!key)
      throw new ComplianceConfigError(
        choice === "access"
          ? "No Compliance Access Key is configured (COMPLIANCE_ACCESS_KEY)."
          : "No Admin API key is configured (COMPLIANCE_ADMIN_KEY).",
      );
    return key;
  }

  async function attemptOnce<T>(
    spec: RequestSpec,
    key: string,
    consume: (attempt: Attempt) => Promise<T>,
  ): Promise<Outcome<T>> {
    const method = spec.method ?? "GET";
    const timeoutMs = spec.timeoutMs ?? config.timeoutMs;
    const controller = new AbortController();
    // AbortSignal.timeout can't be disarmed, and a long download must outlive it; so the timeout is
    // a timer on our own controller, combined with the caller's signal.
    const timer = setTimeout(
      () => controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError")),
      timeoutMs,
    );
    const signal = spec.signal ? AbortSignal.any([spec.signal, controller.signal]) : controller.signal;
    const url = `${base}${spec.path}${spec.query && [...spec.query.keys()].length > 0 ? `?${spec.query.toString()}` : ""}`;
    const started = config.now();
    const fail = (error: UpstreamError, shouldRetry: string | null = null): Outcome<T> => ({
      ok: false,
      error,
      shouldRetry,
    });
    try {
      const transport = spec.stream ? (config.streamFetch ?? config.fetch) : config.fetch;
      const response = await transport(url, {
        method,
        headers: { "x-api-key": key, "anthropic-version": "2023-06-01", accept: "application/json, */*" },
        signal,
        // A redirect would carry x-api-key to wherever it points; the API never redirects.
        redirect: "manual",
      });
      const observed = readRateLimitHeaders(response.headers);
      if (observed) {
        snapshot = { ...observed, observedAt: new Date(config.now()) };
        config.budget.observe(observed);
      }
      log("debug", "response", { route: spec.route, status: response.status, ms: config.now() - started });
      if (!response.ok) {
        const text = await readCappedText(response);
        const error = errorFromResponse(response.status, response.headers, text, {
          endpoint: spec.route,
          nowMs: config.now(),
        });
        return fail(error, response.headers.get("x-should-retry"));
      }
      const value = await consume({
        response,
        signal,
        disarmTimeout: () => clearTimeout(timer),
        abort: (reason) => controller.abort(reason),
      });
      return { ok: true, value };
    } catch (error) {
      if (spec.signal?.aborted) throw spec.signal.reason;
      if (isComplianceError(error, "invalid_response") || isComplianceError(error, "config")) throw error;
      const timedOut =
        controller.signal.aborted &&
        controller.signal.reason instanceof DOMException &&
        controller.signal.reason.name === "TimeoutError";
      const detail = describeNetworkError(error);
      return fail(
        new UpstreamUnavailableError({
          status: null,
          type: timedOut ? "timeout_error" : "network_error",
          message: timedOut
            ? `${spec.route} timed out after ${timeoutMs} ms`
            : `${spec.route} failed: ${redact(detail)}`,
          endpoint: spec.route,
        }),
      );
    } finally {
      clearTimeout(timer);
    }
  }

  async function send<T>(spec: RequestSpec, consume: (attempt: Attempt) => Promise<T>): Promise<T> {
    const key = keyFor(spec.key);
    const method = spec.method ?? "GET";
    const maxAttempts = (spec.maxRetries ?? config.maxRetries) + 1;
    for (let attempt = 0; ; attempt++) {
      const release = await semaphore.acquire(spec.signal);
      let outcome: Outcome<T>;
      try {
        await config.budget.acquire({ signal: spec.signal, deadlineMs: spec.deadlineMs });
        outcome = await attemptOnce(spec, key, consume);
      } finally {
        release();
      }
      if (outcome.ok) return outcome.value;
      const { error } = outcome;
      const retryable = isRetryable({
        method,
        status: error.status,
        shouldRetryHeader: outcome.shouldRetry,
        message: error.message,
      });
      if (!retryable || attempt + 1 >= maxAttempts) {
        log(error.status !== null && error.status < 500 ? "info" : "warn", "request_failed", {
          route: spec.route,
          error: error.toJSON(),
          attempts: attempt + 1,
        });
        throw error;
      }
      const delay = retryDelayMs(attempt, config.backoff, error.retryAfter, config.random);
      log("warn", "retry", {
        route: spec.route,
        status: error.status,
        type: error.type,
        attempt: attempt + 1,
        delayMs: delay,
        requestId: error.requestId,
      });
      await config.sleep(delay, spec.signal);
    }
  }

  async function json<S extends z.ZodType>(spec: RequestSpec, schema: S): Promise<z.output<S>> {
    return send(spec, async ({ response }) => {
      const text = await response.text();
      let parsed: unknown = null;
      if (text.trim() !== "") {
        try {
          parsed = JSON.parse(text);
        } catch {
          throw new InvalidResponseError({
            status: response.status,
            type: "invalid_response",
            message: `${spec.route} returned a body that is not JSON`,
            body: text.slice(0, 2000),
            endpoint: spec.route,
          });
        }
      }
      const result = schema.safeParse(parsed);
      if (!result.success) {
        throw new InvalidResponseError({
          status: response.status,
          type: "invalid_response",
          message: `${spec.route} returned an unexpected shape: ${summariseIssues(result.error)}`,
          endpoint: spec.route,
        });
      }
      return result.data;
    });
  }

  return {
    json,
    send,
    hasKey: (choice) => Boolean(keys[choice]),
    lastRateLimit: () => snapshot,
    baseUrl: base,
    timeoutMs: config.timeoutMs,
    log,
  };
}
