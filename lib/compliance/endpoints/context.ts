import "server-only";
import type { z } from "zod";
import type { Http, KeyChoice, RequestSpec } from "../http";

export interface EndpointContext {
  http: Http;
  /** Which key reads the Activity Feed: "auto" = access key when configured, else the admin key. */
  activitiesKey: "auto" | KeyChoice;
}

/** Per-call knobs; none of them change what is fetched. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Absolute epoch ms after which waiting for the rate budget gives up. */
  deadlineMs?: number;
  maxRetries?: number;
  timeoutMs?: number;
}

export const V1 = "/v1/compliance";

export function getJson<S extends z.ZodType>(
  ctx: EndpointContext,
  route: string,
  path: string,
  schema: S,
  query: URLSearchParams | undefined,
  opts: CallOptions = {},
  key: KeyChoice = "access",
): Promise<z.output<S>> {
  const spec: RequestSpec = { ...callOptions(opts), method: "GET", route: `GET ${route}`, path, query, key };
  return ctx.http.json(spec, schema);
}

export function deleteJson<S extends z.ZodType>(
  ctx: EndpointContext,
  route: string,
  path: string,
  schema: S,
  opts: CallOptions = {},
): Promise<z.output<S>> {
  return ctx.http.json(
    { ...callOptions(opts), method: "DELETE", route: `DELETE ${route}`, path, key: "access" },
    schema,
  );
}

export function callOptions(options: CallOptions): CallOptions {
  return {
    signal: options.signal,
    deadlineMs: options.deadlineMs,
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
  };
}
