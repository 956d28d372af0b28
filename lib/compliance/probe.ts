import "server-only";
import type { KeyProbeDto, UpstreamStatusDto } from "@/lib/schemas/upstream-status";
import type { EndpointContext } from "./endpoints/context";
import { listActivities } from "./endpoints/activities";
import { listOrganizations, listUsers } from "./endpoints/organizations";
import { isComplianceError } from "./errors";
import type { KeyChoice } from "./http";
import { toOrganizationSummary, toRateLimitSnapshotDto } from "./mappers";
import { redact } from "./redact";

const PROBE_TIMEOUT_MS = 5000;
// The probe backs a page load: one quick try per call, no backoff.
const PROBE_CALL = { maxRetries: 0, timeoutMs: PROBE_TIMEOUT_MS };

export interface ProbeDeps {
  ctx: EndpointContext;
  fetch: typeof fetch;
  now: () => number;
}

interface CallResult<T> {
  value?: T;
  error?: unknown;
}

/** What one key's probe calls taught us. */
class KeyFindings {
  readonly scopes = new Set<string>();
  readonly reachable: string[] = [];
  firstError: string | null = null;
  anyResponse = false;
  anySuccess = false;

  record<T>(result: CallResult<T>, scope: string, group: string): void {
    if (result.error === undefined) {
      this.anyResponse = true;
      this.anySuccess = true;
      this.scopes.add(scope);
      this.reachable.push(group);
      return;
    }
    const error = result.error;
    if (isComplianceError(error, "upstream") && error.status !== null) this.anyResponse = true;
    // A 403 lists what the key holds (`Got: [...]`): the most reliable scope source there is.
    if (isComplianceError(error, "insufficient_scope")) for (const scope of error.granted ?? []) this.scopes.add(scope);
    this.firstError ??= describeError(error);
  }

  toDto(key: KeyProbeDto["key"]): KeyProbeDto {
    return {
      key,
      configured: true,
      ok: this.anySuccess,
      scopes: [...this.scopes].sort(),
      reachable: this.reachable,
      error: this.anySuccess && this.firstError?.startsWith("permission_error") ? null : this.firstError,
    };
  }
}

export function describeError(error: unknown): string {
  if (isComplianceError(error, "upstream")) return redact(`${error.type}: ${error.message}`);
  if (error instanceof Error) return redact(`${error.name}: ${error.message}`);
  return "unknown error";
}

async function attempt<T>(call: () => Promise<T>): Promise<CallResult<T>> {
  try {
    return { value: await call() };
  } catch (error) {
    return { error };
  }
}

/** Strips credentials, query and fragment: the base URL is shown on the home page. */
export function safeBaseUrl(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    url.username = "";
    url.password = "";
    url.search = "";
    url.hash = "";
    return url.toString().replace(/\/+$/, "");
  } catch {
    return "(invalid URL)";
  }
}

async function detectSimulator(baseUrl: string, fetchImpl: typeof fetch): Promise<boolean> {
  let host: string;
  try {
    host = new URL(baseUrl).hostname;
  } catch {
    return false;
  }
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) return false;
  try {
    // No key header: the simulator's test hooks need none, and a real API never gets to see one.
    const response = await fetchImpl(`${baseUrl.replace(/\/+$/, "")}/_sim/health`, {
      signal: AbortSignal.timeout(2000),
      redirect: "manual",
    });
    if (!response.ok) return false;
    const body: unknown = await response.json();
    return typeof body === "object" && body !== null && "ok" in body && body.ok === true;
  } catch {
    return false;
  }
}

/** Probes both keys (§2: detect capability by calling, read the 403s), never throws, never leaks a key. */
export async function probe(deps: ProbeDeps): Promise<UpstreamStatusDto> {
  const { ctx, now } = deps;
  const startedAt = now();
  const baseUrl = safeBaseUrl(ctx.http.baseUrl);
  const keys: KeyProbeDto[] = [];
  let organizations: { uuid: string; name: string }[] = [];
  let latencyMs: number | null = null;
  let anyResponse = false;
  let networkError: string | null = null;

  const activities = (key: KeyChoice) => attempt(() => listActivities(ctx, { limit: 1 }, { ...PROBE_CALL, key }));

  if (ctx.http.hasKey("access")) {
    const findings = new KeyFindings();
    const t0 = now();
    const orgs = await attempt(() => listOrganizations(ctx, {}, PROBE_CALL));
    latencyMs = now() - t0;
    findings.record(orgs, "read:compliance_org_data", "directory");
    organizations = (orgs.value?.data ?? []).map(toOrganizationSummary);
    findings.record(await activities("access"), "read:compliance_activities", "activities");
    if (organizations.length > 0) {
      const firstOrg = organizations[0].uuid;
      findings.record(
        await attempt(() => listUsers(ctx, firstOrg, { limit: 1 }, PROBE_CALL)),
        "read:compliance_user_data",
        "user data",
      );
    }
    anyResponse ||= findings.anyResponse;
    if (!findings.anyResponse) networkError ??= findings.firstError;
    keys.push(findings.toDto("compliance_access_key"));
  } else {
    keys.push({ key: "compliance_access_key", configured: false, ok: false, scopes: [], reachable: [], error: null });
  }

  if (ctx.http.hasKey("admin")) {
    const findings = new KeyFindings();
    const t0 = now();
    findings.record(await activities("admin"), "read:compliance_activities", "activities");
    latencyMs ??= now() - t0;
    anyResponse ||= findings.anyResponse;
    if (!findings.anyResponse) networkError ??= findings.firstError;
    keys.push(findings.toDto("admin"));
  } else {
    keys.push({ key: "admin", configured: false, ok: false, scopes: [], reachable: [], error: null });
  }

  const isSimulator = await detectSimulator(ctx.http.baseUrl, deps.fetch);
  const snapshot = ctx.http.lastRateLimit();
  const noKeys = !ctx.http.hasKey("access") && !ctx.http.hasKey("admin");
  return {
    baseUrl,
    isSimulator,
    // With no key configured nothing was sent; a reachable simulator still counts as reachable.
    reachable: anyResponse || (noKeys && isSimulator),
    latencyMs: anyResponse ? latencyMs : null,
    checkedAt: new Date(startedAt).toISOString(),
    keys,
    rateLimit: toRateLimitSnapshotDto(snapshot),
    organizations,
    error: anyResponse
      ? null
      : noKeys
        ? "No Compliance API key is configured."
        : `Could not reach the Compliance API at ${baseUrl}: ${networkError ?? "no response"}`,
  };
}
