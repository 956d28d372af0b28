import "server-only";

/**
 * Anthropic keys all start with `sk-ant-`; anything that looks like one is replaced wholesale, so a
 * key that slipped into an upstream error body, a URL or a stack never reaches logs or responses.
 */
const KEY_PATTERN = /sk-ant-[A-Za-z0-9_\-]*/g;
export const REDACTED = "sk-ant-[REDACTED]";

/** Extra secrets (configured keys that might not follow the `sk-ant-` form) to scrub as well. */
const extraSecrets = new Set<string>();

/** Registers a configured key so `redact()` also scrubs it when it doesn't look like `sk-ant-…`. */
export function registerSecret(secret: string | undefined): void {
  // Very short values would shred ordinary text; real keys are long.
  if (secret && secret.length >= 16) extraSecrets.add(secret);
}

export function redact(text: string): string {
  let out = text.replace(KEY_PATTERN, REDACTED);
  for (const secret of extraSecrets) {
    if (out.includes(secret)) out = out.split(secret).join("[REDACTED]");
    // A truncated body can end in the middle of a key: scrub a long-enough prefix too.
    const prefix = secret.slice(0, 12);
    if (out.includes(prefix)) out = out.split(prefix).join("[REDACTED]");
  }
  return out;
}

/** Redacts every string inside a JSON-like value (for log fields and kept error bodies). */
export function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redact(value);
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, depth + 1));
  if (value instanceof Error) return redact(value.message);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = redactDeep(inner, depth + 1);
  return out;
}
