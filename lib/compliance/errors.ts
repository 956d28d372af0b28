import "server-only";
import type { BudgetClosedError, BudgetTimeoutError, BudgetUnavailableError } from "./budget/errors";
import {
  ERROR_KIND,
  errorKindOf,
  UPSTREAM_ERROR_KINDS,
  type ComplianceErrorKind,
  type UpstreamErrorKind,
} from "./error-kind";
import { redact, redactDeep } from "./redact";
import { parseScopeMessage } from "./scopes";

/**
 * Every upstream failure becomes one of these. Messages and kept bodies pass through `redact()`
 * so that an echoed key can't travel further (logs, API responses, audit rows).
 */
export interface UpstreamErrorInit {
  /** HTTP status, or null when no response arrived (network error, timeout). */
  status: number | null;
  /** Upstream `error.type`, or our own label (`network_error`, `timeout_error`, `invalid_response`). */
  type: string;
  message: string;
  requestId?: string | null;
  /** Seconds the server asked us to wait (`retry-after`), if any. */
  retryAfter?: number | null;
  /** Parsed JSON body, or the raw text (truncated) when it wasn't JSON. */
  body?: unknown;
  /** Endpoint label such as `GET /v1/compliance/apps/chats`, never with query values. */
  endpoint?: string;
}

export class UpstreamError extends Error {
  /** Read through isComplianceError, which (unlike `instanceof`) holds across the build's bundle copies. */
  readonly [ERROR_KIND]: UpstreamErrorKind = "upstream";
  readonly status: number | null;
  readonly type: string;
  readonly requestId: string | null;
  readonly retryAfter: number | null;
  readonly body: unknown;
  readonly endpoint: string | null;

  constructor(init: UpstreamErrorInit) {
    super(redact(init.message));
    this.name = new.target.name;
    this.status = init.status;
    this.type = init.type;
    this.requestId = init.requestId ?? null;
    this.retryAfter = init.retryAfter ?? null;
    this.body = redactDeep(init.body ?? null);
    this.endpoint = init.endpoint ?? null;
  }

  /** Plain object for logs and error envelopes; holds nothing secret. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      status: this.status,
      type: this.type,
      message: this.message,
      requestId: this.requestId,
      retryAfter: this.retryAfter,
      endpoint: this.endpoint,
    };
  }
}

export class BadRequestError extends UpstreamError {
  override readonly [ERROR_KIND] = "bad_request";
}
/** 401: the key is unknown, deactivated or expired. */
export class InvalidKeyError extends UpstreamError {
  override readonly [ERROR_KIND] = "invalid_key";
}
/** 403: valid key, missing scope (or an Admin key on a non-activity endpoint). */
export class InsufficientScopeError extends UpstreamError {
  override readonly [ERROR_KIND] = "insufficient_scope";
  /** Scopes the key holds, per the message's `Got: [...]`; null if the message didn't say. */
  readonly granted: string[] | null;
  /** Scopes any one of which would do, per `Needed: [...]` / `Needed one of: [...]`. */
  readonly needed: string[] | null;
  constructor(init: UpstreamErrorInit) {
    super(init);
    const scopes = parseScopeMessage(init.message);
    this.granted = scopes.granted;
    this.needed = scopes.needed;
  }
}
/** 404. A bare `Not found` means "not authenticated or no such path" (§7.2). */
export class NotFoundError extends UpstreamError {
  override readonly [ERROR_KIND] = "not_found";
  get isUnauthenticated(): boolean {
    return this.message.trim() === "Not found";
  }
}
export class ConflictError extends UpstreamError {
  override readonly [ERROR_KIND] = "conflict";
}
export class RateLimitedError extends UpstreamError {
  override readonly [ERROR_KIND] = "rate_limited";
}
/** 5xx, network failure or timeout: the request may succeed later. */
export class UpstreamUnavailableError extends UpstreamError {
  override readonly [ERROR_KIND] = "unavailable";
}
/** A 2xx whose body does not match the documented shape. */
export class InvalidResponseError extends UpstreamError {
  override readonly [ERROR_KIND] = "invalid_response";
}
/** A walk whose cursor did not move or that saw an id twice (§3): a server bug or concurrent change. */
export class PaginationError extends UpstreamError {
  override readonly [ERROR_KIND] = "pagination";
}

/** Bytes, length or MD5 of a download disagree with the metadata, or the stream was cut short. */
export class IntegrityError extends Error {
  readonly [ERROR_KIND] = "integrity";
  readonly expected: { sizeBytes: number | null; md5: string | null };
  readonly actual: { sizeBytes: number; md5: string | null };
  constructor(message: string, expected: IntegrityError["expected"], actual: IntegrityError["actual"]) {
    super(redact(message));
    this.name = "IntegrityError";
    this.expected = expected;
    this.actual = actual;
  }
}

/** Rejected before any request was made: the call's arguments break a documented rule. */
export class ComplianceArgumentError extends Error {
  readonly [ERROR_KIND] = "argument";
  /** The offending argument, in our camelCase name (e.g. `userIds`). */
  readonly argument: string;
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`);
    this.name = "ComplianceArgumentError";
    this.argument = argument;
  }
}

/** The client lacks what a call needs (e.g. no access key configured). */
export class ComplianceConfigError extends Error {
  readonly [ERROR_KIND] = "config";
  constructor(message: string) {
    super(message);
    this.name = "ComplianceConfigError";
  }
}

export function errorClassForStatus(status: number): new (init: UpstreamErrorInit) => UpstreamError {
  if (status === 400) return BadRequestError;
  if (status === 401) return InvalidKeyError;
  if (status === 403) return InsufficientScopeError;
  if (status === 404) return NotFoundError;
  if (status === 409) return ConflictError;
  if (status === 429) return RateLimitedError;
  if (status >= 500) return UpstreamUnavailableError;
  return UpstreamError;
}

type ErrorOfKind = {
  upstream: UpstreamError;
  bad_request: BadRequestError;
  invalid_key: InvalidKeyError;
  insufficient_scope: InsufficientScopeError;
  not_found: NotFoundError;
  conflict: ConflictError;
  rate_limited: RateLimitedError;
  unavailable: UpstreamUnavailableError;
  invalid_response: InvalidResponseError;
  pagination: PaginationError;
  integrity: IntegrityError;
  argument: ComplianceArgumentError;
  config: ComplianceConfigError;
  budget_timeout: BudgetTimeoutError;
  budget_unavailable: BudgetUnavailableError;
  budget_closed: BudgetClosedError;
};

const UPSTREAM_KINDS: ReadonlySet<string> = new Set(UPSTREAM_ERROR_KINDS);

/**
 * `err instanceof <the class of kind>`, but true whichever bundle copy of lib/compliance threw it (see
 * error-kind.ts); use it, never `instanceof`, outside the module that throws. `"upstream"` matches every
 * UpstreamError, as `instanceof UpstreamError` would.
 */
export function isComplianceError<K extends ComplianceErrorKind>(err: unknown, kind: K): err is ErrorOfKind[K] {
  const actual = errorKindOf(err);
  if (actual === undefined) return false;
  return kind === "upstream" ? UPSTREAM_KINDS.has(actual) : actual === kind;
}
