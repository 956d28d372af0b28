import { z } from "zod";

/** Our error envelope (lib/server/http/envelope.ts): `{ error: { code, message, requestId, fields? } }`. */
const ErrorEnvelope = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

/** A failed call to one of our routes, with the envelope's code (`invalid_input`, `purpose_required`, …). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Field path → messages, e.g. `{ user_ids: ["at most 10 custodians per query"] }`. */
  readonly fields: Record<string, string[]>;
  readonly requestId: string | null;
  /** Seconds, from Retry-After on 429s. */
  readonly retryAfter: number | null;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    fields?: Record<string, string[]>;
    requestId?: string | null;
    retryAfter?: number | null;
  }) {
    super(init.message);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? {};
    this.requestId = init.requestId ?? null;
    this.retryAfter = init.retryAfter ?? null;
  }

  /** 4xx: retrying the same request cannot help. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

/** Fetches one of our JSON routes and validates the body with `schema`; any failure is an ApiError. */
export async function api<S extends z.ZodType>(path: string, schema: S, init: RequestInit = {}): Promise<z.output<S>> {
  let res: Response;
  try {
    res = await fetch(path, {
      credentials: "same-origin",
      ...init,
      headers: { accept: "application/json", ...init.headers },
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new ApiError({ status: 0, code: "network_error", message: "Could not reach the console server" });
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  const requestId = res.headers.get("x-request-id");
  if (!res.ok) {
    const envelope = ErrorEnvelope.safeParse(data);
    const retry = Number(res.headers.get("retry-after"));
    const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : null;
    if (envelope.success) {
      const { code, message, fields } = envelope.data.error;
      throw new ApiError({
        status: res.status,
        code,
        message,
        fields,
        requestId: envelope.data.error.requestId ?? requestId,
        retryAfter,
      });
    }
    throw new ApiError({
      status: res.status,
      code: "http_error",
      message: `Request failed (${res.status})`,
      requestId,
      retryAfter,
    });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new ApiError({
      status: res.status,
      code: "invalid_response",
      message: "The server sent a response this page cannot read",
      requestId,
    });
  return parsed.data;
}

type ParamValue = string | number | boolean | readonly string[] | null | undefined;

/** `?a=1&ids=x,y`: lists comma-joined (our routes' convention), empty values left out. */
export function toQueryString(params: Record<string, ParamValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length) search.set(key, value.join(","));
    } else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
