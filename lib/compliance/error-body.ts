import "server-only";
import { z } from "zod";
import { errorClassForStatus, type UpstreamError } from "./errors";
import { readRequestId, readRetryAfterSeconds } from "./rate-headers";

/** `{ error: { type, message } }`, optionally with the standard envelope's `type`/`request_id` (§7.1). */
const UpstreamErrorEnvelope = z.looseObject({
  error: z.looseObject({ type: z.string().optional(), message: z.string().optional() }),
  request_id: z.string().optional(),
});

const MAX_ERROR_BODY_BYTES = 64 * 1024;
const MAX_KEPT_TEXT = 2000;

/** Reads at most 64 KiB of an error body: a gateway can answer with an arbitrarily large page. */
export async function readCappedText(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < MAX_ERROR_BODY_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, MAX_ERROR_BODY_BYTES));
}

export interface ErrorContext {
  endpoint: string;
  nowMs: number;
}

/** Builds the typed error for a non-2xx response; non-JSON bodies are kept as truncated text. */
export function errorFromResponse(
  status: number,
  headers: Headers,
  text: string,
  context: ErrorContext,
): UpstreamError {
  let body: unknown = text.length > MAX_KEPT_TEXT ? `${text.slice(0, MAX_KEPT_TEXT)}…` : text;
  let type = `http_${status}`;
  let message = `Upstream answered HTTP ${status}`;
  let requestId = readRequestId(headers);
  try {
    const json: unknown = JSON.parse(text);
    body = json;
    const envelope = UpstreamErrorEnvelope.safeParse(json);
    if (envelope.success) {
      type = envelope.data.error.type ?? type;
      message = envelope.data.error.message ?? message;
      requestId ??= envelope.data.request_id ?? null;
    }
  } catch {
    // Not JSON (e.g. a proxy's HTML 502): keep the text, describe it by status.
  }
  const ErrorClass = errorClassForStatus(status);
  return new ErrorClass({
    status,
    type,
    message,
    requestId,
    retryAfter: readRetryAfterSeconds(headers, context.nowMs),
    body,
    endpoint: context.endpoint,
  });
}
